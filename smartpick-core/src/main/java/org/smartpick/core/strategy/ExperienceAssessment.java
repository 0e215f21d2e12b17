package org.smartpick.core.strategy;

import static org.smartpick.core.strategy.PolicyKey.*;

import java.util.List;
import java.util.Locale;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.SpecialtyExperience;

/**
 * Places what the application file shows besides exams (US clinical work, research, experience in the goal specialty,
 * letters) against the policy's targets.
 */
final class ExperienceAssessment {
    private final StrategyPolicy policy;

    ExperienceAssessment(StrategyPolicy policy) {
        this.policy = policy;
    }

    /** US clinical experience for IMGs: hands-on months count, observerships count for less. */
    AssessmentItem usClinicalExperience(Profile profile) {
        String area = "US clinical experience";
        int handsOn = profile.usClinicalExperience().handsOnMonths();
        int observing = profile.usClinicalExperience().observershipMonths();
        String months = handsOn + " months hands-on and " + observing + " months of observerships";
        if (handsOn >= policy.intValue(USCE_HANDS_ON_STRONG_MONTHS)) {
            return new AssessmentItem(
                    area,
                    Level.STRONG,
                    months + ": plenty of hands-on US experience.",
                    policy.source(USCE_HANDS_ON_STRONG_MONTHS));
        }
        if (handsOn >= policy.intValue(USCE_HANDS_ON_TARGET_MONTHS)) {
            return new AssessmentItem(
                    area,
                    Level.AVERAGE,
                    months + ": enough for programs that ask for some hands-on experience.",
                    policy.source(USCE_HANDS_ON_TARGET_MONTHS));
        }
        String note = observing > 0 ? "; observerships count for less than hands-on work" : "";
        return new AssessmentItem(area, Level.WEAK, months + note + ".", policy.source(USCE_HANDS_ON_TARGET_MONTHS));
    }

    /** Research: total output, and whether any of it is in the goal specialty. */
    AssessmentItem research(Profile profile) {
        String area = "Research";
        int total = profile.research().totalItems();
        int inSpecialty = profile.research().inSpecialty();
        String counts = Phrases.count(profile.research().publications(), "publication") + ", "
                + Phrases.count(profile.research().abstracts(), "abstract") + " and "
                + Phrases.count(profile.research().posters(), "poster")
                + " (" + inSpecialty + " in the goal specialty)";
        if (total == 0) {
            return new AssessmentItem(
                    area,
                    Level.WEAK,
                    "No publications, abstracts or posters yet.",
                    policy.source(RESEARCH_IN_SPECIALTY_TARGET));
        }
        if (total >= policy.intValue(RESEARCH_STRONG_ITEMS)
                && inSpecialty >= policy.intValue(RESEARCH_IN_SPECIALTY_TARGET)) {
            return new AssessmentItem(area, Level.STRONG, counts + ".", policy.source(RESEARCH_STRONG_ITEMS));
        }
        return new AssessmentItem(area, Level.AVERAGE, counts + ".", policy.source(RESEARCH_STRONG_ITEMS));
    }

    /** Experience in the goal specialty: months and kinds; unknown when none is entered. */
    AssessmentItem specialtyExperience(SpecialtyExperience experience) {
        String area = "Experience in the goal specialty";
        if (experience.months() <= 0) {
            return new AssessmentItem(
                    area,
                    Level.UNKNOWN,
                    "No experience in the goal specialty is entered.",
                    ProfileAssessor.PROFILE_SOURCE);
        }
        String what = experience.months() + " months in " + nameOr(experience.specialty(), "the goal specialty")
                + kinds(experience);
        if (experience.months() >= policy.intValue(SPECIALTY_EXPERIENCE_TARGET_MONTHS)) {
            return new AssessmentItem(
                    area, Level.STRONG, what + ".", policy.source(SPECIALTY_EXPERIENCE_TARGET_MONTHS));
        }
        return new AssessmentItem(
                area,
                Level.AVERAGE,
                what + "; more direct exposure would help.",
                policy.source(SPECIALTY_EXPERIENCE_TARGET_MONTHS));
    }

    static String kinds(SpecialtyExperience experience) {
        if (experience.kinds().isEmpty()) {
            return "";
        }
        List<String> words = experience.kinds().stream()
                .map(k -> k.toLowerCase(Locale.ROOT).replace('_', ' '))
                .toList();
        return " (" + String.join(", ", words) + ")";
    }

    private static String nameOr(String name, String fallback) {
        return name.isBlank() ? fallback : name;
    }

    /** Letters: enough in total, and enough from the goal specialty. */
    AssessmentItem letters(Profile profile) {
        String area = "Letters of recommendation";
        int total = profile.letters().total();
        int fromSpecialty = profile.letters().fromSpecialty();
        String counts = Phrases.count(total, "letter") + ", "
                + profile.letters().us() + " from the US and " + fromSpecialty + " from the goal specialty";
        if (total < policy.intValue(LETTERS_TOTAL_TARGET)) {
            return new AssessmentItem(
                    area,
                    Level.WEAK,
                    counts + "; most programs ask for at least " + policy.intValue(LETTERS_TOTAL_TARGET) + ".",
                    policy.source(LETTERS_TOTAL_TARGET));
        }
        if (fromSpecialty >= policy.intValue(LETTERS_FROM_SPECIALTY_TARGET)) {
            return new AssessmentItem(area, Level.STRONG, counts + ".", policy.source(LETTERS_FROM_SPECIALTY_TARGET));
        }
        return new AssessmentItem(
                area,
                Level.AVERAGE,
                counts + "; more from the specialty would help.",
                policy.source(LETTERS_FROM_SPECIALTY_TARGET));
    }
}
