package org.smartpick.core.strategy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.TargetRole;
import org.smartpick.core.reference.MatchOutcome;
import org.smartpick.core.reference.ReferenceData;

/**
 * How applicants of the same type fared in each goal specialty in the latest NRMP Match, against their rate across
 * all specialties: the published outcome an applicant can weigh their own chances against.
 */
final class MatchRateAssessment {
    private static final String NRMP_SOURCE = "data: NRMP Main Match PGY-1 outcomes by specialty and applicant type";

    private MatchRateAssessment() {}

    /** For each goal specialty with NRMP data: how the applicant's group fared there against its rate across all specialties. */
    static List<AssessmentItem> goalSpecialtyMatchRates(Profile profile, ReferenceData reference) {
        List<AssessmentItem> items = new ArrayList<>();
        profile.targets().stream()
                .filter(t -> t.role() == TargetRole.GOAL)
                .map(t -> t.specialtyCode())
                .distinct()
                .sorted()
                .forEach(code -> latestOutcome(reference, code, profile.applicantType())
                        .filter(o -> o.applicants() > 0)
                        .ifPresent(o -> items.add(
                                matchRateItem(o, overallRate(reference, o.season(), profile.applicantType())))));
        return items;
    }

    private static Optional<MatchOutcome> latestOutcome(ReferenceData reference, String code, ApplicantType type) {
        return reference.matchOutcomes().stream()
                .filter(o -> o.applicantType() == type
                        && o.specialtyCode().filter(code::equals).isPresent())
                .max(Comparator.comparingInt(MatchOutcome::season).thenComparing(MatchOutcome::nrmpSpecialty));
    }

    private static double overallRate(ReferenceData reference, int season, ApplicantType type) {
        int applicants = 0;
        int matches = 0;
        for (MatchOutcome o : reference.matchOutcomes()) {
            if (o.season() == season && o.applicantType() == type) {
                applicants += o.applicants();
                matches += o.matches();
            }
        }
        return applicants == 0 ? 0 : (double) matches / applicants;
    }

    private static AssessmentItem matchRateItem(MatchOutcome outcome, double overall) {
        double rate = outcome.matchRate();
        String finding = "In the " + outcome.season() + " Match, " + outcome.matches() + " of " + outcome.applicants()
                + " "
                + groupName(outcome.applicantType()) + " applicants in " + outcome.nrmpSpecialty() + " matched ("
                + Phrases.percent(rate) + ", against " + Phrases.percent(overall)
                + " for the group across all specialties).";
        Level level = rate >= overall + 0.10 ? Level.STRONG : rate <= overall - 0.10 ? Level.WEAK : Level.AVERAGE;
        return new AssessmentItem("Goal specialty: " + outcome.nrmpSpecialty(), level, finding, NRMP_SOURCE);
    }

    private static String groupName(ApplicantType type) {
        switch (type) {
            case US_MD:
                return "US MD senior";
            case US_DO:
                return "US DO senior";
            case US_IMG:
                return "US-citizen IMG";
            case NON_US_IMG:
                return "non-US-citizen IMG";
            default:
                throw new AssertionError(type);
        }
    }
}
