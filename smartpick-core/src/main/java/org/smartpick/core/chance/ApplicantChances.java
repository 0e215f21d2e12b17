package org.smartpick.core.chance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.TargetRole;
import org.smartpick.core.applicant.VisaType;
import org.smartpick.core.chance.ModelParameters.Baseline;
import org.smartpick.core.chance.ModelParameters.References;
import org.smartpick.core.eligibility.EligibilityRules;
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
    private final Contribution[] visaTerms = new Contribution[10];
    private final Contribution preferredState;
    private final Contribution otherState;
    private final Contribution imgShareNotImg;
    private final Contribution imgShareUnknown;
    private final Contribution interviewsUnknown;

    /** The baseline plus applicant-level contributions for one specialty and track, with their variance. */
    private record SpecialtyTerms(List<Contribution> contributions, double logOdds, double variance, double matchGivenInterview) {
    }

    ApplicantChances(ChanceModel model, Profile profile, int seasonYear) {
        this.model = model;
        this.parameters = model.parameters();
        this.profile = profile;
        this.seasonYear = seasonYear;
        this.goalCodes = profile.targets().stream().filter(t -> t.role() == TargetRole.GOAL)
                .map(t -> t.specialtyCode()).collect(Collectors.toUnmodifiableSet());
        this.preferredStates = Set.copyOf(profile.preferences().states());
        this.img = profile.applicantType().isImg();
        this.preferredState = contribution(Factor.PREFERRED_STATE, 1, "the program is in a state you prefer");
        this.otherState = contribution(Factor.PREFERRED_STATE, 0, profile.preferences().states().isEmpty()
                ? "you named no preferred states" : "the program is outside your preferred states");
        this.imgShareNotImg = contribution(Factor.IMG_SHARE, 0, "applies to IMGs only");
        this.imgShareUnknown = contribution(Factor.IMG_SHARE, 0, "the program's IMG share is unknown");
        this.interviewsUnknown = contribution(Factor.INTERVIEWS_PER_POSITION, 0, "interviews or positions unknown");
    }

    /** The chances at one program. */
    public ChanceEstimate estimate(Program program) {
        SpecialtyTerms base = specialtyTerms(program.specialtyCode(), program.track());
        int applicantTerms = base.contributions().size();
        Contribution[] contributions = base.contributions().toArray(new Contribution[applicantTerms + 4]);
        contributions[applicantTerms] = imgShare(program);
        contributions[applicantTerms + 1] = visa(program);
        contributions[applicantTerms + 2] = program.state() != null && preferredStates.contains(program.state())
                ? preferredState : otherState;
        contributions[applicantTerms + 3] = interviewsPerPosition(program);
        double logOdds = base.logOdds();
        double variance = base.variance();
        double relSd = parameters.uncertainty().coefficientRelativeSd();
        for (int i = applicantTerms; i < contributions.length; i++) {
            double c = contributions[i].logOdds();
            logOdds += c;
            variance += relSd * relSd * c * c;
        }
        return estimate(logOdds, Math.sqrt(variance), base.matchGivenInterview(), List.of(contributions));
    }

    private ChanceEstimate estimate(double logOdds, double sd, double q, List<Contribution> contributions) {
        double z = parameters.intervalZ();
        double qRel = parameters.uncertainty().matchGivenInterviewRelativeSd();
        double pInterview = sigmoid(logOdds);
        double low = sigmoid(logOdds - z * sd) * Math.max(0, q * (1 - z * qRel));
        double high = sigmoid(logOdds + z * sd) * Math.min(1, q * (1 + z * qRel));
        double silver = sigmoid(logOdds + Math.log(parameters.signalSilverOddsRatio()));
        double gold = sigmoid(logOdds + Math.log(parameters.signalGoldOddsRatio()));
        return new ChanceEstimate(pInterview, pInterview * q, low, high, silver, silver * q, gold * q, contributions);
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private SpecialtyTerms specialtyTerms(String code, Track track) {
        SpecialtyTerms[] byTrack = terms.computeIfAbsent(code, k -> new SpecialtyTerms[Track.values().length]);
        if (byTrack[track.ordinal()] == null) {
            byTrack[track.ordinal()] = computeSpecialtyTerms(code, track);
        }
        return byTrack[track.ordinal()];
    }

    private SpecialtyTerms computeSpecialtyTerms(String code, Track track) {
        Baseline baseline = model.baseline(code, track, profile.applicantType());
        List<Contribution> list = new ArrayList<>(ApplicantFactors.COUNT + 1);
        list.add(new Contribution("baseline", baseline.intercept(), "baseline log-odds of an interview for a typical "
                + label(profile.applicantType().name()) + " applicant in specialty " + code + ": " + baseline.basis()));
        ApplicantFactors.addAll(list, this, profile, parameters.references(), code, goalCodes.contains(code), seasonYear);
        double relSd = parameters.uncertainty().coefficientRelativeSd();
        double logOdds = 0;
        double variance = parameters.uncertainty().interceptSd() * parameters.uncertainty().interceptSd();
        for (int i = 0; i < list.size(); i++) {
            double c = list.get(i).logOdds();
            logOdds += c;
            if (i > 0) {
                variance += relSd * relSd * c * c;
            }
        }
        return new SpecialtyTerms(List.copyOf(list), logOdds, variance, parameters.matchGivenInterview(code));
    }

    Contribution contribution(Factor factor, double x, String facts) {
        double coefficient = model.coefficient(factor);
        return new Contribution(factor.key(), coefficient * x, facts + " (x = " + round(x) + " " + factor.unit()
                + ", coefficient " + round(coefficient) + ")");
    }

    private Contribution imgShare(Program program) {
        if (!img) {
            return imgShareNotImg;
        }
        if (program.imgSharePct() == null || !program.imgSharePct().isKnown()) {
            return imgShareUnknown;
        }
        double pct = program.imgSharePct().value().get();
        double x = clamp((pct - parameters.references().imgSharePct()) / 10, -3, 7);
        return contribution(Factor.IMG_SHARE, x, "the program's residents are " + round(pct) + "% IMGs against a reference of "
                + round(parameters.references().imgSharePct()) + "%");
    }

    private Contribution visa(Program program) {
        if (!profile.visa().needsSponsorship()) {
            return visaTerm(9, () -> contribution(Factor.VISA_UNKNOWN, 0, "you need no visa sponsorship"));
        }
        YesNoUnknown best = YesNoUnknown.NO;
        for (VisaType visa : EligibilityRules.acceptedVisas(profile)) {
            YesNoUnknown s = EligibilityRules.sponsorship(program, visa);
            if (s == YesNoUnknown.YES || (s == YesNoUnknown.UNKNOWN && best == YesNoUnknown.NO)) {
                best = s;
            }
        }
        Supplier<String> facts = () -> "program sponsorship " + EligibilityRules.sponsorshipFacts(program) + "; you accept "
                + EligibilityRules.acceptedVisas(profile);
        int slot = EligibilityRules.sponsorship(program, VisaType.J1).ordinal() * 3
                + EligibilityRules.sponsorship(program, VisaType.H1B).ordinal();
        if (best == YesNoUnknown.YES) {
            return visaTerm(slot, () -> contribution(Factor.VISA_UNKNOWN, 0, facts.get() + ": a visa you accept is sponsored"));
        }
        if (best == YesNoUnknown.UNKNOWN) {
            return visaTerm(slot, () -> contribution(Factor.VISA_UNKNOWN, 1, facts.get() + ": sponsorship unknown"));
        }
        return visaTerm(slot, () -> contribution(Factor.VISA_NOT_SPONSORED, 1, facts.get() + ": none of your visas is sponsored"));
    }

    private Contribution visaTerm(int slot, Supplier<Contribution> make) {
        if (visaTerms[slot] == null) {
            visaTerms[slot] = make.get();
        }
        return visaTerms[slot];
    }

    private Contribution interviewsPerPosition(Program program) {
        boolean known = program.interviewsLastYear() != null && program.interviewsLastYear().isKnown()
                && program.firstYearPositions() != null && program.firstYearPositions().isKnown()
                && program.firstYearPositions().value().get() > 0 && program.interviewsLastYear().value().get() > 0;
        if (!known) {
            return interviewsUnknown;
        }
        int interviews = program.interviewsLastYear().value().get();
        int positions = program.firstYearPositions().value().get();
        double ratio = (double) interviews / positions;
        double x = clamp(Math.log(ratio / parameters.references().interviewsPerPosition()), -1.5, 1.5);
        return contribution(Factor.INTERVIEWS_PER_POSITION, x, interviews + " interviews for " + positions
                + " positions (" + round(ratio) + " per position, reference " + round(parameters.references().interviewsPerPosition()) + ")");
    }

    static double clamp(double x, double low, double high) {
        return Math.max(low, Math.min(high, x));
    }

    /** A number rounded to two decimals for explanations. */
    static String round(double x) {
        return Double.toString(Math.round(x * 100) / 100.0);
    }

    private static String label(String type) {
        return type.replace('_', ' ');
    }
}
