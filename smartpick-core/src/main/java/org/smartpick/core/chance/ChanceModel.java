package org.smartpick.core.chance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.chance.ModelParameters.Baseline;
import org.smartpick.core.chance.ModelParameters.Cell;
import org.smartpick.core.portfolio.LatentFactorModel;
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

    private ChanceModel(ModelParameters parameters) {
        this.parameters = parameters;
        this.coefficients = new double[Factor.values().length];
        for (Factor f : Factor.values()) {
            coefficients[f.ordinal()] = parameters.coefficient(f);
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
    }

    public static ChanceModel of(ModelParameters parameters) {
        return new ChanceModel(parameters);
    }

    public ModelParameters parameters() {
        return parameters;
    }

    /** The latent-factor model for P(at least one match) over a set of programs, with the calibrated rho. */
    public LatentFactorModel portfolio() {
        return portfolio;
    }

    double coefficient(Factor factor) {
        return coefficients[factor.ordinal()];
    }

    /** One applicant's chances at any program, with the applicant-only terms computed once per specialty. */
    public ApplicantChances forApplicant(Profile profile, int seasonYear) {
        return new ApplicantChances(this, profile, seasonYear);
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
        return bySlot == null ? parameters.defaults().get(type) : bySlot[slot(track, type)];
    }

    private static int slot(Track track, ApplicantType type) {
        return track.ordinal() * ApplicantType.values().length + type.ordinal();
    }

    private Baseline baseline(List<Cell> cells, Track track, ApplicantType type) {
        return cells.stream()
                .filter(c -> c.baselines().containsKey(type))
                .min(Comparator.comparing((Cell c) -> c.track() == track ? 0 : 1).thenComparing(Cell::id))
                .map(c -> c.baselines().get(type))
                .orElse(parameters.defaults().get(type));
    }
}
