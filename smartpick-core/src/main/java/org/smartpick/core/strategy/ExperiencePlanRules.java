package org.smartpick.core.strategy;

import static org.smartpick.core.strategy.PolicyKey.*;

import java.util.Optional;
import org.smartpick.core.strategy.PlanRules.PlanDraft;

/**
 * The plan rules about what the application file shows (letters, US clinical work, exposure to the specialty,
 * research, and how the experience is presented), one method each, against the policy's targets.
 */
final class ExperiencePlanRules {
    private ExperiencePlanRules() {}

    /** Letters: enough in total and at least the target number from the goal specialty. */
    static Optional<PlanDraft> lettersFromSpecialty(PlanContext c) {
        var letters = c.profile().letters();
        int target = c.policy().intValue(LETTERS_FROM_SPECIALTY_TARGET);
        int totalTarget = c.policy().intValue(LETTERS_TOTAL_TARGET);
        if (letters.fromSpecialty() >= target && letters.total() >= totalTarget) {
            return Optional.empty();
        }
        int more = Math.max(target - letters.fromSpecialty(), totalTarget - letters.total());
        return Optional.of(new PlanDraft(
                "letters",
                3,
                "Ask for " + more + " more " + (more == 1 ? "letter" : "letters") + ", from physicians in "
                        + c.goalName()
                        + " where you can, ideally US faculty who have watched you work and can speak to your curiosity, reliability and commitment.",
                "You have " + Phrases.count(letters.total(), "letter") + ", " + letters.fromSpecialty()
                        + " from the specialty; the aim is at least " + totalTarget + " in all and " + target
                        + " from the specialty." + c.whatIfSentence(ProfileChange.ONE_MORE_SPECIALTY_LETTER),
                c.policy().source(LETTERS_FROM_SPECIALTY_TARGET)));
    }

    /** Hands-on US clinical experience for IMGs below the target months. */
    static Optional<PlanDraft> handsOnExperience(PlanContext c) {
        var usce = c.profile().usClinicalExperience();
        int target = c.policy().intValue(USCE_HANDS_ON_TARGET_MONTHS);
        if (!c.profile().applicantType().isImg() || usce.handsOnMonths() >= target) {
            return Optional.empty();
        }
        return Optional.of(new PlanDraft(
                "us-clinical-experience",
                3,
                "Arrange hands-on US clinical work, such as an externship or sub-internship where you see patients and write notes; "
                        + "observerships help with letters and contacts, but programs weigh them less.",
                "You have " + usce.handsOnMonths() + " months of hands-on US experience and "
                        + usce.observershipMonths() + " months of observerships, under the " + target
                        + " hands-on months used here." + c.whatIfSentence(ProfileChange.HANDS_ON_USCE_3_MONTHS),
                c.policy().source(USCE_HANDS_ON_TARGET_MONTHS)));
    }

    /** Direct exposure to the goal specialty for IMGs with little of it. */
    static Optional<PlanDraft> specialtyExposure(PlanContext c) {
        int months = c.profile().specialtyExperience().months();
        int target = c.policy().intValue(SPECIALTY_EXPERIENCE_TARGET_MONTHS);
        if (!c.profile().applicantType().isImg() || !c.hasGoals() || months >= target) {
            return Optional.empty();
        }
        return Optional.of(new PlanDraft(
                "specialty-exposure",
                3,
                "Get direct exposure to " + c.goalName()
                        + ": clinics, observerships or a research role in a division of the specialty, "
                        + "or remote work such as case review when you cannot be in the US.",
                "Your profile lists " + months + " months of experience in the specialty, under the " + target
                        + " months used here.",
                c.policy().source(SPECIALTY_EXPERIENCE_TARGET_MONTHS)));
    }

    /** Research in the goal specialty below the target number of items. */
    static Optional<PlanDraft> researchInSpecialty(PlanContext c) {
        var research = c.profile().research();
        int target = c.policy().intValue(RESEARCH_IN_SPECIALTY_TARGET);
        if (!c.hasGoals() || research.inSpecialty() >= target) {
            return Optional.empty();
        }
        return Optional.of(new PlanDraft(
                "research",
                4,
                "Aim for one piece of scholarly work in " + c.goalName()
                        + ": a case report, a poster at a specialty meeting, "
                        + "or a share in a small retrospective study; modest output still shows commitment.",
                "You have " + Phrases.count(research.totalItems(), "research item") + ", " + research.inSpecialty()
                        + " in the specialty." + c.whatIfSentence(ProfileChange.ONE_MORE_PUBLICATION),
                c.policy().source(RESEARCH_IN_SPECIALTY_TARGET)));
    }

    /** CV and ERAS presentation: group and label the specialty experience so committees see it at once. */
    static Optional<PlanDraft> presentSpecialtyExperience(PlanContext c) {
        var experience = c.profile().specialtyExperience();
        if (experience.months() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new PlanDraft(
                "present-specialty-experience",
                4,
                "In your CV and ERAS entries, give this work its own heading for the specialty, name each clinic or project plainly, "
                        + "and add numbers where you can (patients seen, cases reviewed, reports contributed to).",
                "You have " + experience.months() + " months of experience in "
                        + (experience.specialty().isBlank() ? c.goalName() : experience.specialty())
                        + ExperienceAssessment.kinds(experience) + " and "
                        + c.profile().research().inSpecialty()
                        + " research items in the specialty; grouped and labelled, they show at a glance that your interest is long-standing.",
                PlanRules.ARTICLE + " (a separate, clearly labelled section for specialty experience)"));
    }
}
