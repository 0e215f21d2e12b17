package org.smartpick.core.chance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.chance.ModelParameters.Baseline;
import org.smartpick.core.chance.ModelParameters.Cell;
import org.smartpick.core.portfolio.LatentFactorModel;
import org.smartpick.core.program.Fact;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.Track;

/**
 * The per-program chance model: logit P(interview) = baseline(specialty, applicant type) + sum of factor
 * contributions; P(match) = P(interview) x P(match | interview) of the specialty family. Built once from
 * {@link ModelParameters}; {@link #forApplicant} precomputes everything that does not depend on the program.
 */
public final class ChanceModel {
    private final ModelParameters parameters;
    private final double[] coefficients;
    /** The baseline of each specialty code with cells, by {@link #slot} of track and applicant type. */
    private final Map<String, Baseline[]> baselinesByCode;

    private final LatentFactorModel portfolio;
    private final Map<ApplicantType, LatentFactorModel> portfolios;
    /** For a missing type and a known one, the gap between their baselines across specialties (see transferred). */
    private final Map<ApplicantType, Map<ApplicantType, Gap>> gaps = new EnumMap<>(ApplicantType.class);

    private ChanceModel(ModelParameters parameters) {
        this.parameters = parameters;
        this.coefficients = new double[Factor.values().length];
        for (Factor f : Factor.values()) {
            coefficients[f.ordinal()] = parameters.coefficient(f);
        }
        for (ApplicantType missing : ApplicantType.values()) {
            Map<ApplicantType, Gap> byKnown = new EnumMap<>(ApplicantType.class);
            for (ApplicantType known : ApplicantType.values()) {
                byKnown.put(known, Gap.fit(parameters.cells(), missing, known));
            }
            gaps.put(missing, byKnown);
        }
        Map<String, List<Cell>> byCode = new TreeMap<>();
        for (Cell cell : parameters.cells()) {
            if (!cell.code().isEmpty() && !cell.baselines().isEmpty()) {
                byCode.computeIfAbsent(cell.code(), k -> new ArrayList<>()).add(cell);
            }
        }
        Map<String, Baseline[]> baselines = new HashMap<>();
        byCode.forEach((code, cells) -> {
            Baseline[] bySlot = new Baseline[Track.values().length * ApplicantType.values().length];
            for (Track track : Track.values()) {
                for (ApplicantType type : ApplicantType.values()) {
                    bySlot[slot(track, type)] = baseline(cells, track, type);
                }
            }
            baselines.put(code, bySlot);
        });
        this.baselinesByCode = baselines;
        this.portfolio = LatentFactorModel.withRho(parameters.rho());
        this.portfolios = new EnumMap<>(ApplicantType.class);
        for (ApplicantType type : ApplicantType.values()) {
            double rho = parameters.rho(type);
            portfolios.put(type, rho == parameters.rho() ? portfolio : LatentFactorModel.withRho(rho));
        }
    }

    public static ChanceModel of(ModelParameters parameters) {
        return new ChanceModel(parameters);
    }

    public ModelParameters parameters() {
        return parameters;
    }

    /** The latent-factor model for P(at least one match) over a set of programs, with the calibrated default rho. */
    public LatentFactorModel portfolio() {
        return portfolio;
    }

    /** The latent-factor model with the rho calibrated for this applicant type. */
    public LatentFactorModel portfolio(ApplicantType type) {
        return portfolios.get(type);
    }

    double coefficient(Factor factor) {
        return coefficients[factor.ordinal()];
    }

    /** One applicant's chances at any program, with the applicant-only terms computed once per specialty. */
    public ApplicantChances forApplicant(Profile profile, int seasonYear) {
        return new ApplicantChances(this, profile, seasonYear);
    }

    /**
     * The openness x of a program for applicants of {@code type}: its stated interview rate for the type, shrunk toward
     * its specialty's mean, over that mean (NaN when either is unknown). It reads no applicant fact but the type, so a
     * catalog index works it out once per program and type.
     */
    double opennessX(Program program, ApplicantType type) {
        Fact<Double> rate = program.interviewRates().forType(type);
        if (!rate.isStated() || rate.value().isEmpty()) {
            return Double.NaN;
        }
        double reference = parameters
                .references()
                .opennessLogit(program.specialtyCode(), type)
                .orElse(Double.NaN);
        return ProgramFactorReader.opennessX(rate.value().get(), reference, parameters.references());
    }

    /** The program-level x that read no applicant fact but the type, for {@link ApplicantChances#programFactors}. */
    public ProgramXs programXs(Program program) {
        double[] openness = new double[ApplicantType.values().length];
        for (ApplicantType type : ApplicantType.values()) {
            openness[type.ordinal()] = opennessX(program, type);
        }
        return new ProgramXs(
                ProgramFactorReader.imgShareXForImg(program, parameters.references()),
                ProgramFactorReader.interviewsX(program, parameters.references()),
                ProgramFactorReader.selectivity(program),
                openness);
    }

    /** The chances of one applicant at one program; for many programs use {@link #forApplicant}. */
    public ChanceEstimate estimate(Profile profile, Program program, int seasonYear) {
        return forApplicant(profile, seasonYear).estimate(program);
    }

    /**
     * The baseline for a specialty, track and applicant type: the cell of that code whose track matches (else the
     * one with a baseline for this type, first by id), or the applicant type's default.
     */
    public Baseline baseline(String code, Track track, ApplicantType type) {
        Baseline[] bySlot = baselinesByCode.get(code);
        return bySlot == null ? shiftedDefault(type) : bySlot[slot(track, type)];
    }

    private Baseline shiftedDefault(ApplicantType type) {
        return shifted(parameters.defaults().get(type), parameters.pipeline().shift("default", type));
    }

    /** A baseline fitted on a typical program, with the pipeline's correction added (see {@link ModelParameters}). */
    private static Baseline shifted(Baseline baseline, double shift) {
        if (shift == 0) {
            return baseline;
        }
        return new Baseline(
                baseline.intercept() + shift,
                baseline.basis() + "; " + (shift < 0 ? "minus " : "plus ")
                        + Math.round(Math.abs(shift) * 100) / 100.0
                        + " so that the whole recommendation (this applicant type's "
                        + "own optimized list, with signals) reproduces the observed rate");
    }

    private static int slot(Track track, ApplicantType type) {
        return track.ordinal() * ApplicantType.values().length + type.ordinal();
    }

    private Baseline baseline(List<Cell> cells, Track track, ApplicantType type) {
        Comparator<Cell> preferred =
                Comparator.comparing((Cell c) -> c.track() == track ? 0 : 1).thenComparing(Cell::id);
        return cells.stream()
                .filter(c -> c.baselines().containsKey(type))
                .min(preferred)
                .map(c -> shifted(c.baselines().get(type), parameters.pipeline().shift(c.id(), type)))
                .orElseGet(() -> cells.stream()
                        .filter(c -> !c.baselines().isEmpty())
                        .min(preferred)
                        .map(c -> transferred(c, type))
                        .orElse(shiftedDefault(type)));
    }

    /**
     * A specialty's baseline for a type its outcomes do not cover (too few applicants): from each type they do cover,
     * the specialty's baseline of that type plus the gap between the two types that the specialties with both show
     * (a straight line in the known type's baseline, fitted over those specialties: the gap grows where a specialty is
     * harder), averaged over the known types; then the missing type's pipeline shift. Fitted on the NRMP rows alone
     * (the synthetic baselines), so every type is compared on the same definition.
     */
    private Baseline transferred(Cell cell, ApplicantType type) {
        double sum = 0;
        List<String> from = new ArrayList<>();
        for (var entry : cell.baselines().entrySet()) {
            double known = entry.getValue().intercept();
            sum += known + gaps.get(type).get(entry.getKey()).at(known);
            from.add(entry.getKey().name());
        }
        double intercept = sum / cell.baselines().size() + parameters.pipeline().shift("default", type);
        return new Baseline(
                intercept,
                "no NRMP outcome of " + type + " applicants in " + cell.name() + " to fit: the "
                        + "specialty's baselines for " + String.join(", ", from)
                        + " moved by the gap between the types in the "
                        + "specialties that have both, plus the pipeline's default shift for " + type);
    }

    /** The gap between two types' baselines as a straight line in the known type's baseline. */
    private record Gap(double intercept, double slope) {
        double at(double known) {
            return intercept + slope * known;
        }

        /** Least squares over the cells with both types; the mean gap when fewer than five cells or no spread. */
        static Gap fit(List<Cell> cells, ApplicantType missing, ApplicantType known) {
            List<double[]> points = new ArrayList<>();
            for (Cell c : cells) {
                if (c.baselines().containsKey(missing) && c.baselines().containsKey(known)) {
                    double x = c.baselines().get(known).intercept();
                    points.add(new double[] {x, c.baselines().get(missing).intercept() - x});
                }
            }
            if (points.isEmpty()) {
                return new Gap(0, 0);
            }
            double mx = points.stream().mapToDouble(p -> p[0]).average().orElse(0);
            double my = points.stream().mapToDouble(p -> p[1]).average().orElse(0);
            double sxx =
                    points.stream().mapToDouble(p -> (p[0] - mx) * (p[0] - mx)).sum();
            double sxy =
                    points.stream().mapToDouble(p -> (p[0] - mx) * (p[1] - my)).sum();
            if (points.size() < 5 || sxx < 1e-9) {
                return new Gap(my, 0);
            }
            double slope = sxy / sxx;
            return new Gap(my - slope * mx, slope);
        }
    }
}
