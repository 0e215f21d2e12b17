package org.smartpick.core.chance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.TargetRole;
import org.smartpick.core.applicant.VisaType;
import org.smartpick.core.chance.ModelParameters.Baseline;
import org.smartpick.core.common.Decimals;
import org.smartpick.core.eligibility.EligibilityRules;
import org.smartpick.core.program.Fact;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.Track;
import org.smartpick.core.program.YesNoUnknown;

/**
 * One applicant's chances at any program. The baseline and the applicant's own factors are computed once per
 * specialty and track; only the program-level factors (IMG share, visa, state, interviews per position) are
 * computed per program, so thousands of estimates stay cheap.
 */
public final class ApplicantChances {
    private final ChanceModel model;
    private final ModelParameters parameters;
    private final Profile profile;
    private final int seasonYear;
    private final Set<String> goalCodes;
    private final Set<String> preferredStates;
    private final boolean img;
    private final Map<String, SpecialtyTerms[]> terms = new HashMap<>();
    /** The specialty last asked for and its terms by track: callers go through a specialty's programs in a row. */
    private String lastCode;

    private SpecialtyTerms[] lastByTrack;
    /** The applicant factors shared by all specialties, and the goal-only ones in a goal and in another specialty. */
    private List<Contribution> sharedFactors;

    private List<Contribution> goalFactorsInGoal;
    private List<Contribution> goalFactorsElsewhere;
    private final Contribution[] visaTerms = new Contribution[10];
    private final Contribution preferredState;
    private final Contribution otherState;
    private final Contribution imgShareNotImg;
    private final Contribution imgShareUnknown;
    private final Contribution interviewsUnknown;
    private final Contribution imgShareReplaced;
    private final Contribution opennessUnknown;
    private final Contribution selectivityUnknown;
    private final double opennessCoefficient;
    private final double selectivityCoefficient;
    private final double imgShareCoefficient;
    private final double interviewsCoefficient;
    private final double silverSignalLogOdds;
    private final double goldSignalLogOdds;

    /** The baseline plus applicant-level contributions for one specialty and track, with their variance. */
    private record SpecialtyTerms(
            List<Contribution> contributions,
            double logOdds,
            double variance,
            double matchGivenInterview,
            double step2LogOdds,
            double opennessLogit,
            double typicalRate) {}

    ApplicantChances(ChanceModel model, Profile profile, int seasonYear) {
        this.model = model;
        this.parameters = model.parameters();
        this.profile = profile;
        this.seasonYear = seasonYear;
        this.goalCodes = profile.targets().stream()
                .filter(t -> t.role() == TargetRole.GOAL)
                .map(t -> t.specialtyCode())
                .collect(Collectors.toUnmodifiableSet());
        this.preferredStates = Set.copyOf(profile.preferences().states());
        this.img = profile.applicantType().isImg();
        this.preferredState = contribution(Factor.PREFERRED_STATE, 1, "the program is in a state you prefer");
        this.otherState = contribution(
                Factor.PREFERRED_STATE,
                0,
                profile.preferences().states().isEmpty()
                        ? "you named no preferred states"
                        : "the program is outside your preferred states");
        this.imgShareNotImg = contribution(Factor.IMG_SHARE, 0, "applies to IMGs only");
        this.imgShareUnknown = contribution(Factor.IMG_SHARE, 0, "the program's IMG share is unknown");
        this.interviewsUnknown = contribution(Factor.INTERVIEWS_PER_POSITION, 0, "interviews or positions unknown");
        this.imgShareReplaced = contribution(
                Factor.IMG_SHARE,
                0,
                "the program's own interview rate for your applicant type "
                        + "is known and stands in for its IMG share");
        this.opennessUnknown =
                contribution(Factor.PROGRAM_OPENNESS, 0, "no 2024 interview rate for your applicant type");
        this.selectivityUnknown = contribution(Factor.STEP2_AT_SELECTIVE, 0, "residents' scores unknown or typical");
        this.opennessCoefficient = model.coefficient(Factor.PROGRAM_OPENNESS);
        this.selectivityCoefficient = model.coefficient(Factor.STEP2_AT_SELECTIVE);
        this.imgShareCoefficient = model.coefficient(Factor.IMG_SHARE);
        this.interviewsCoefficient = model.coefficient(Factor.INTERVIEWS_PER_POSITION);
        this.silverSignalLogOdds = Math.log(parameters.signalSilverOddsRatio());
        this.goldSignalLogOdds = Math.log(parameters.signalGoldOddsRatio());
    }

    /**
     * The program-level factors at one program that read the applicant only through applicant type, preferred states
     * and visa needs: the x of the IMG-share, interviews-per-position and openness factors (NaN where the fact is
     * unknown or the factor does not apply, which contributes 0), the state and the visa contributions, and the
     * program's selectivity (-1..1, 0 when unknown), which scales the Step 2 CK contribution. Lists of profiles that
     * differ in other facts (the what-ifs) reuse them; see {@link #sameProgramFactorsAs}.
     */
    public record ProgramFactors(
            double imgShareX,
            Contribution state,
            double interviewsX,
            Contribution visa,
            double opennessX,
            double selectivity) {}

    /**
     * The match chances an application list weighs at one program: without a signal, with an ordinary (silver or
     * single-tier) signal and with a gold one; the same numbers as the {@link ChanceEstimate} of {@link #chances}.
     */
    public record ListChances(double pMatch, double pMatchSignalled, double pMatchGoldSignalled) {}

    /** The terms at one program: the specialty's and the program factors. */
    private record ProgramTerms(SpecialtyTerms base, ProgramFactors factors) {}

    /** The applicant type these chances are for. */
    public org.smartpick.core.applicant.ApplicantType applicantType() {
        return profile.applicantType();
    }

    /** The chances at one program with the contributions that produced them. */
    public ChanceEstimate estimate(Program program) {
        ProgramTerms terms = terms(program, programFactors(program));
        return estimate(terms, contributions(program, terms));
    }

    /**
     * The same chances as {@link #estimate} without the contributions' words (the list is empty): what lists and
     * what-ifs compare. {@link #explain} gives the contributions of the same computation.
     */
    public ChanceEstimate chances(Program program) {
        return chances(program, programFactors(program));
    }

    /** {@link #chances(Program)} from the program's factors, worked out by this or an applicant with the same ones. */
    public ChanceEstimate chances(Program program, ProgramFactors factors) {
        return estimate(terms(program, factors), List.of());
    }

    /**
     * The chances of {@link #chances(Program, ProgramFactors)} that a list weighs, without the interview chances and
     * the range it does not need.
     */
    public ListChances listChances(Program program, ProgramFactors factors) {
        ProgramTerms terms = terms(program, factors);
        double logOdds = logOdds(terms);
        double q = terms.base().matchGivenInterview();
        return new ListChances(
                interview(logOdds) * q, signalledInterview(logOdds) * q, goldSignalledInterview(logOdds) * q);
    }

    /** The contributions behind {@link #chances}: the applicant and program factors in words. */
    public List<Contribution> explain(Program program) {
        return contributions(program, terms(program, programFactors(program)));
    }

    /** The factors of one program for this applicant, which no fact but IMG status, preferred states and visa needs change. */
    public ProgramFactors programFactors(Program program) {
        return programFactors(program, prefers(program.state()));
    }

    /**
     * {@link #programFactors(Program)} with whether the program's state is preferred already known (from
     * {@link #prefers} of its state), so that a caller going through many programs of few states asks once per state.
     */
    public ProgramFactors programFactors(Program program, boolean inPreferredState) {
        return new ProgramFactors(
                imgShareX(program),
                inPreferredState ? preferredState : otherState,
                interviewsX(program),
                visa(program),
                opennessX(program),
                selectivity(program));
    }

    /** Whether a program in this state (null when unknown) is in a state the applicant prefers. */
    public boolean prefers(String state) {
        return state != null && preferredStates.contains(state);
    }

    /**
     * Whether {@code other}'s program factors hold for this applicant: same model, IMG status, preferred states and
     * visa needs, the only things {@link #programFactors} reads besides the program.
     */
    public boolean sameProgramFactorsAs(ApplicantChances other) {
        return model == other.model
                && img == other.img
                && profile.applicantType() == other.profile.applicantType()
                && profile.preferences()
                        .states()
                        .equals(other.profile.preferences().states())
                && profile.visa().equals(other.profile.visa());
    }

    private ProgramTerms terms(Program program, ProgramFactors factors) {
        return new ProgramTerms(specialtyTerms(program.specialtyCode(), program.track()), factors);
    }

    private ChanceEstimate estimate(ProgramTerms terms, List<Contribution> contributions) {
        ProgramFactors factors = terms.factors();
        double variance = terms.base().variance();
        variance += termVariance(imgShareLogOdds(factors));
        variance += termVariance(factors.visa().logOdds());
        variance += termVariance(factors.state().logOdds());
        variance += termVariance(interviewsLogOdds(factors));
        variance += termVariance(opennessLogOdds(factors));
        variance += termVariance(selectivityLogOdds(terms));
        return estimate(logOdds(terms), Math.sqrt(variance), terms.base().matchGivenInterview(), contributions);
    }

    /** The interview log-odds: the specialty's terms, then the program-level ones in explanation order. */
    private double logOdds(ProgramTerms terms) {
        ProgramFactors factors = terms.factors();
        double logOdds = terms.base().logOdds();
        logOdds += imgShareLogOdds(factors);
        logOdds += factors.visa().logOdds();
        logOdds += factors.state().logOdds();
        logOdds += interviewsLogOdds(factors);
        logOdds += opennessLogOdds(factors);
        logOdds += selectivityLogOdds(terms);
        return logOdds;
    }

    /** The program's own interview rate for the applicant's type, relative to its specialty's typical program. */
    private double opennessLogOdds(ProgramFactors factors) {
        return opennessCoefficient * known(factors.opennessX());
    }

    /** The Step 2 CK contribution counts more at selective programs and less at open ones. */
    private double selectivityLogOdds(ProgramTerms terms) {
        return selectivityCoefficient
                * terms.base().step2LogOdds()
                * terms.factors().selectivity();
    }

    /** The variance a coefficient's stated relative uncertainty gives a program-level contribution. */
    private double termVariance(double logOdds) {
        double relSd = parameters.uncertainty().coefficientRelativeSd();
        return relSd * relSd * logOdds * logOdds;
    }

    /** IMG share stands in only where the program's own interview rate for the applicant's type is not known. */
    private double imgShareLogOdds(ProgramFactors factors) {
        return Double.isNaN(factors.opennessX()) ? imgShareCoefficient * known(factors.imgShareX()) : 0;
    }

    private double interviewsLogOdds(ProgramFactors factors) {
        return interviewsCoefficient * known(factors.interviewsX());
    }

    private static double known(double x) {
        return Double.isNaN(x) ? 0 : x;
    }

    private List<Contribution> contributions(Program program, ProgramTerms terms) {
        int applicantTerms = terms.base().contributions().size();
        Contribution[] contributions = terms.base().contributions().toArray(new Contribution[applicantTerms + 6]);
        ProgramFactors f = terms.factors();
        contributions[applicantTerms] =
                Double.isNaN(f.opennessX()) ? imgShare(program, f.imgShareX()) : imgShareReplaced;
        contributions[applicantTerms + 1] = f.visa();
        contributions[applicantTerms + 2] = f.state();
        contributions[applicantTerms + 3] = interviewsPerPosition(program, f.interviewsX());
        contributions[applicantTerms + 4] =
                openness(program, f.opennessX(), terms.base().opennessLogit());
        contributions[applicantTerms + 5] = selectivity(program, terms);
        return List.of(contributions);
    }

    private ChanceEstimate estimate(double logOdds, double sd, double q, List<Contribution> contributions) {
        double z = parameters.intervalZ();
        double qRel = parameters.uncertainty().matchGivenInterviewRelativeSd();
        double pInterview = interview(logOdds);
        double low = sigmoid(logOdds - z * sd) * Math.max(0, q * (1 - z * qRel));
        double high = sigmoid(logOdds + z * sd) * Math.min(1, q * (1 + z * qRel));
        double silver = signalledInterview(logOdds);
        return new ChanceEstimate(
                pInterview,
                pInterview * q,
                low,
                high,
                silver,
                silver * q,
                goldSignalledInterview(logOdds) * q,
                contributions);
    }

    private static double interview(double logOdds) {
        return sigmoid(logOdds);
    }

    /** The interview chance with an ordinary (silver or single-tier) signal. */
    private double signalledInterview(double logOdds) {
        return sigmoid(logOdds + silverSignalLogOdds);
    }

    private double goldSignalledInterview(double logOdds) {
        return sigmoid(logOdds + goldSignalLogOdds);
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private SpecialtyTerms specialtyTerms(String code, Track track) {
        if (!code.equals(lastCode)) {
            lastByTrack = terms.computeIfAbsent(code, c -> new SpecialtyTerms[Track.values().length]);
            lastCode = code;
        }
        if (lastByTrack[track.ordinal()] == null) {
            lastByTrack[track.ordinal()] = computeSpecialtyTerms(code, track);
        }
        return lastByTrack[track.ordinal()];
    }

    private SpecialtyTerms computeSpecialtyTerms(String code, Track track) {
        Baseline baseline = model.baseline(code, track, profile.applicantType());
        List<Contribution> list = new ArrayList<>(ApplicantFactors.COUNT + 1);
        list.add(new Contribution(
                "baseline",
                baseline.intercept(),
                "baseline log-odds of an interview for a typical "
                        + label(profile.applicantType().name()) + " applicant in specialty " + code + ": "
                        + baseline.basis()));
        ApplicantFactors.addAll(
                list,
                this,
                profile,
                parameters.references(),
                code,
                sharedFactors(),
                goalFactors(goalCodes.contains(code)));
        double relSd = parameters.uncertainty().coefficientRelativeSd();
        double logOdds = 0;
        double variance = parameters.uncertainty().interceptSd()
                * parameters.uncertainty().interceptSd();
        for (int i = 0; i < list.size(); i++) {
            double c = list.get(i).logOdds();
            logOdds += c;
            if (i > 0) {
                variance += relSd * relSd * c * c;
            }
        }
        double step2 = list.stream()
                .filter(c -> c.factor().equals(Factor.STEP2.key()))
                .mapToDouble(Contribution::logOdds)
                .sum();
        double openness = parameters
                .references()
                .opennessLogit(code, profile.applicantType())
                .orElse(Double.NaN);
        return new SpecialtyTerms(
                List.copyOf(list),
                logOdds,
                variance,
                parameters.matchGivenInterview(code),
                step2,
                openness,
                sigmoid(openness));
    }

    private List<Contribution> sharedFactors() {
        if (sharedFactors == null) {
            sharedFactors = ApplicantFactors.sharedBySpecialties(this, profile, parameters.references(), seasonYear);
        }
        return sharedFactors;
    }

    private List<Contribution> goalFactors(boolean goal) {
        if (goal && goalFactorsInGoal == null) {
            goalFactorsInGoal = ApplicantFactors.goalFactors(this, profile, parameters.references(), true);
        }
        if (!goal && goalFactorsElsewhere == null) {
            goalFactorsElsewhere = ApplicantFactors.goalFactors(this, profile, parameters.references(), false);
        }
        return goal ? goalFactorsInGoal : goalFactorsElsewhere;
    }

    Contribution contribution(Factor factor, double x, String facts) {
        double coefficient = model.coefficient(factor);
        return new Contribution(
                factor.key(),
                coefficient * x,
                facts + " (x = " + round(x) + " " + factor.unit() + ", coefficient " + round(coefficient) + ")");
    }

    /** The IMG-share x, or NaN when the applicant is no IMG or the share is unknown. */
    private double imgShareX(Program program) {
        if (!img || program.imgSharePct() == null || !program.imgSharePct().isKnown()) {
            return Double.NaN;
        }
        double pct = program.imgSharePct().value().get();
        double x = clamp((pct - parameters.references().imgSharePct()) / 10, -3, 7);
        // A share inferred from another program (a combined program's core) counts half: it is a prior, not a fact.
        return program.imgSharePct().isStated() ? x : x / 2;
    }

    private Contribution imgShare(Program program, double x) {
        if (!img) {
            return imgShareNotImg;
        }
        if (Double.isNaN(x)) {
            return imgShareUnknown;
        }
        return contribution(
                Factor.IMG_SHARE,
                x,
                "the program's residents are "
                        + round(program.imgSharePct().value().get())
                        + "% IMGs against a reference of "
                        + round(parameters.references().imgSharePct()) + "%"
                        + (program.imgSharePct().isStated() ? "" : " (inferred from another program: counted half)"));
    }

    /** The visa contribution, shared by all programs with the same J-1 and H-1B sponsorship facts. */
    private Contribution visa(Program program) {
        boolean needs = profile.visa().needsSponsorship();
        int slot = needs
                ? EligibilityRules.sponsorship(program, VisaType.J1).ordinal() * 3
                        + EligibilityRules.sponsorship(program, VisaType.H1B).ordinal()
                : 9;
        if (visaTerms[slot] == null) {
            visaTerms[slot] = needs
                    ? sponsoredVisa(program)
                    : contribution(Factor.VISA_UNKNOWN, 0, "you need no visa sponsorship");
        }
        return visaTerms[slot];
    }

    private Contribution sponsoredVisa(Program program) {
        YesNoUnknown best = YesNoUnknown.NO;
        for (VisaType visa : EligibilityRules.acceptedVisas(profile)) {
            YesNoUnknown s = EligibilityRules.sponsorship(program, visa);
            if (s == YesNoUnknown.YES || (s == YesNoUnknown.UNKNOWN && best == YesNoUnknown.NO)) {
                best = s;
            }
        }
        String facts = "program sponsorship " + EligibilityRules.sponsorshipFacts(program) + "; you accept "
                + EligibilityRules.acceptedVisas(profile);
        if (best == YesNoUnknown.YES) {
            return contribution(Factor.VISA_UNKNOWN, 0, facts + ": a visa you accept is sponsored");
        }
        if (best == YesNoUnknown.UNKNOWN) {
            return contribution(Factor.VISA_UNKNOWN, 1, facts + ": sponsorship unknown");
        }
        return contribution(Factor.VISA_NOT_SPONSORED, 1, facts + ": none of your visas is sponsored");
    }

    /**
     * The openness x: the log-odds of the program's stated interview rate for the applicant's type, shrunk toward its
     * specialty's mean (the rates come without counts: 0.00 and 1.00 are not certainties), over that mean; NaN when
     * the program or its specialty has no rate for the type.
     */
    private double opennessX(Program program) {
        Fact<Double> rate = program.interviewRates().forType(profile.applicantType());
        if (!rate.isStated() || rate.value().isEmpty()) {
            return Double.NaN;
        }
        SpecialtyTerms specialty = specialtyTerms(program.specialtyCode(), program.track());
        double reference = specialty.opennessLogit();
        if (Double.isNaN(reference)) {
            return Double.NaN;
        }
        double typical = specialty.typicalRate();
        double n = parameters.references().opennessRateCount();
        double k = parameters.references().opennessPseudoCount();
        double shrunk = (n * rate.value().get() + k * typical) / (n + k);
        return clamp(Math.log(shrunk / (1 - shrunk)) - reference, -3, 3);
    }

    private Contribution openness(Program program, double x, double reference) {
        if (Double.isNaN(x)) {
            return opennessUnknown;
        }
        double rate = program.interviewRates()
                .forType(profile.applicantType())
                .value()
                .get();
        return contribution(
                Factor.PROGRAM_OPENNESS,
                x,
                "the program interviewed " + Math.round(100 * rate) + "% of "
                        + label(profile.applicantType().name()) + " applicants in the 2024 season against "
                        + Math.round(100 * sigmoid(reference)) + "% at a typical program of the specialty");
    }

    /** Residents' average Step 1 band as selectivity: -1 (below 210) .. +1 (above 245); 0 when unknown. */
    private static double selectivity(Program program) {
        Fact<String> band = program.selectivity().residentsStep1Range();
        if (band.value().isEmpty() || !band.isStated()) {
            return 0;
        }
        switch (band.value().get()) {
            case "Below 210":
                return -1;
            case "210-225":
                return -0.83;
            case "226-235":
                return 0.03;
            case "236-245":
                return 0.7;
            case "Greater than 245":
                return 1;
            default:
                return 0;
        }
    }

    private Contribution selectivity(Program program, ProgramTerms terms) {
        double s = terms.factors().selectivity();
        if (s == 0) {
            return selectivityUnknown;
        }
        return contribution(
                Factor.STEP2_AT_SELECTIVE,
                terms.base().step2LogOdds() * s,
                "residents' average Step 1 "
                        + program.selectivity().residentsStep1Range().value().get() + ": your Step 2 CK counts "
                        + (s > 0 ? "more" : "less") + " here than at a typical program");
    }

    /** The interviews-per-position x, or NaN when interviews or positions are unknown. */
    private double interviewsX(Program program) {
        boolean known = program.interviewsLastYear() != null
                && program.interviewsLastYear().isKnown()
                && program.firstYearPositions() != null
                && program.firstYearPositions().isKnown()
                && program.firstYearPositions().value().get() > 0
                && program.interviewsLastYear().value().get() > 0;
        if (!known) {
            return Double.NaN;
        }
        return clamp(
                Math.log(
                        interviewsPerPosition(program) / parameters.references().interviewsPerPosition()),
                -1.5,
                1.5);
    }

    private static double interviewsPerPosition(Program program) {
        return (double) program.interviewsLastYear().value().get()
                / program.firstYearPositions().value().get();
    }

    private Contribution interviewsPerPosition(Program program, double x) {
        if (Double.isNaN(x)) {
            return interviewsUnknown;
        }
        return contribution(
                Factor.INTERVIEWS_PER_POSITION,
                x,
                program.interviewsLastYear().value().get() + " interviews for "
                        + program.firstYearPositions().value().get() + " positions ("
                        + round(interviewsPerPosition(program))
                        + " per position, reference "
                        + round(parameters.references().interviewsPerPosition()) + ")");
    }

    static double clamp(double x, double low, double high) {
        return Math.max(low, Math.min(high, x));
    }

    /** A number rounded to two decimals for explanations. */
    static String round(double x) {
        return Decimals.hundredths(x);
    }

    private static String label(String type) {
        return type.replace('_', ' ');
    }
}
