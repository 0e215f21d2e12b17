package org.smartpick.core.chance;

import java.util.List;
import java.util.Set;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.common.Decimals;
import org.smartpick.core.program.Program;

/**
 * One applicant's chances at any program. The baseline and the applicant's own factors are computed once per
 * specialty and track ({@link SpecialtyTermsCache}); only the program-level factors (IMG share, visa, state,
 * interviews per position) are read per program ({@link ProgramFactorReader}), so thousands of estimates stay cheap.
 * The words for an estimate's program-level factors come from {@link ProgramFactorExplanations}.
 */
public final class ApplicantChances {
    private final ChanceModel model;
    private final ModelParameters parameters;
    private final Profile profile;
    private final Set<String> preferredStates;
    private final boolean img;
    private final SpecialtyTermsCache specialties;
    private final ProgramFactorReader reader;
    private final ProgramFactorExplanations explanations;
    private final Contribution preferredState;
    private final Contribution otherState;
    private final double opennessCoefficient;
    private final double selectivityCoefficient;
    private final double imgShareCoefficient;
    private final double interviewsCoefficient;
    private final double silverSignalLogOdds;
    private final double goldSignalLogOdds;

    ApplicantChances(ChanceModel model, Profile profile, int seasonYear) {
        this.model = model;
        this.parameters = model.parameters();
        this.profile = profile;
        this.preferredStates = Set.copyOf(profile.preferences().states());
        this.img = profile.applicantType().isImg();
        this.specialties = new SpecialtyTermsCache(this, model, profile, seasonYear);
        this.reader = new ProgramFactorReader(this, parameters, profile, specialties);
        this.explanations = new ProgramFactorExplanations(this, parameters, profile);
        this.preferredState = contribution(Factor.PREFERRED_STATE, 1, "the program is in a state you prefer");
        this.otherState = contribution(
                Factor.PREFERRED_STATE,
                0,
                profile.preferences().states().isEmpty()
                        ? "you named no preferred states"
                        : "the program is outside your preferred states");
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
                reader.imgShareX(program),
                inPreferredState ? preferredState : otherState,
                reader.interviewsX(program),
                reader.visa(program),
                reader.opennessX(program),
                ProgramFactorReader.selectivity(program));
    }

    /**
     * {@link #programFactors(Program, boolean)} from the program's x worked out ahead ({@link ChanceModel#programXs},
     * which a catalog index keeps per program): only the visa and the preferred state are read here.
     */
    public ProgramFactors programFactors(Program program, boolean inPreferredState, ProgramXs xs) {
        return new ProgramFactors(
                profile.applicantType().isImg() ? xs.imgShareX() : Double.NaN,
                inPreferredState ? preferredState : otherState,
                xs.interviewsX(),
                reader.visa(program),
                xs.opennessX(profile.applicantType()),
                xs.selectivity());
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
        return new ProgramTerms(specialties.get(program.specialtyCode(), program.track()), factors);
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
        return explanations.contributions(program, terms.base(), terms.factors());
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

    Contribution contribution(Factor factor, double x, String facts) {
        double coefficient = model.coefficient(factor);
        return new Contribution(
                factor.key(),
                coefficient * x,
                facts + " (x = " + round(x) + " " + factor.unit() + ", coefficient " + round(coefficient) + ")");
    }

    static double clamp(double x, double low, double high) {
        return Math.max(low, Math.min(high, x));
    }

    /** A number rounded to two decimals for explanations. */
    static String round(double x) {
        return Decimals.hundredths(x);
    }

    static String label(String type) {
        return type.replace('_', ' ');
    }
}
