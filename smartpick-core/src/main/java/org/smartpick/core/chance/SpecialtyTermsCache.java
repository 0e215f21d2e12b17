package org.smartpick.core.chance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.TargetRole;
import org.smartpick.core.chance.ModelParameters.Baseline;
import org.smartpick.core.program.Track;

/**
 * One applicant's {@link SpecialtyTerms} by specialty and track, each worked out the first time a program of that
 * specialty and track is asked about: the baseline and the applicant's own factors do not depend on the program, so
 * thousands of programs share a few dozen of them.
 */
final class SpecialtyTermsCache {
    private final ApplicantChances chances;
    private final ChanceModel model;
    private final ModelParameters parameters;
    private final Profile profile;
    private final int seasonYear;
    private final Set<String> goalCodes;
    private final Map<String, SpecialtyTerms[]> terms = new HashMap<>();
    /** The specialty last asked for and its terms by track: callers go through a specialty's programs in a row. */
    private String lastCode;

    private SpecialtyTerms[] lastByTrack;
    /** The applicant factors shared by all specialties, and the goal-only ones in a goal and in another specialty. */
    private List<Contribution> sharedFactors;

    private List<Contribution> goalFactorsInGoal;
    private List<Contribution> goalFactorsElsewhere;

    SpecialtyTermsCache(ApplicantChances chances, ChanceModel model, Profile profile, int seasonYear) {
        this.chances = chances;
        this.model = model;
        this.parameters = model.parameters();
        this.profile = profile;
        this.seasonYear = seasonYear;
        this.goalCodes = profile.targets().stream()
                .filter(t -> t.role() == TargetRole.GOAL)
                .map(t -> t.specialtyCode())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The terms of one specialty and track, worked out on first use. */
    SpecialtyTerms get(String code, Track track) {
        if (!code.equals(lastCode)) {
            lastByTrack = terms.computeIfAbsent(code, c -> new SpecialtyTerms[Track.values().length]);
            lastCode = code;
        }
        if (lastByTrack[track.ordinal()] == null) {
            lastByTrack[track.ordinal()] = compute(code, track);
        }
        return lastByTrack[track.ordinal()];
    }

    /**
     * The baseline, then the applicant factors in explanation order, summed; the variance counts the baseline's sd
     * and each factor's coefficient uncertainty.
     */
    private SpecialtyTerms compute(String code, Track track) {
        Baseline baseline = model.baseline(code, track, profile.applicantType());
        List<Contribution> list = new ArrayList<>(ApplicantFactors.COUNT + 1);
        list.add(new Contribution(
                "baseline",
                baseline.intercept(),
                "baseline log-odds of an interview for a typical "
                        + ApplicantChances.label(profile.applicantType().name()) + " applicant in specialty " + code
                        + ": "
                        + baseline.basis()));
        ApplicantFactors.addAll(
                list,
                chances,
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
                List.copyOf(list), logOdds, variance, parameters.matchGivenInterview(code), step2, openness);
    }

    private List<Contribution> sharedFactors() {
        if (sharedFactors == null) {
            sharedFactors = ApplicantFactors.sharedBySpecialties(chances, profile, parameters.references(), seasonYear);
        }
        return sharedFactors;
    }

    private List<Contribution> goalFactors(boolean goal) {
        if (goal && goalFactorsInGoal == null) {
            goalFactorsInGoal = ApplicantFactors.goalFactors(chances, profile, parameters.references(), true);
        }
        if (!goal && goalFactorsElsewhere == null) {
            goalFactorsElsewhere = ApplicantFactors.goalFactors(chances, profile, parameters.references(), false);
        }
        return goal ? goalFactorsInGoal : goalFactorsElsewhere;
    }
}
