package org.smartpick.core.strategy;

import static org.smartpick.core.strategy.PolicyKey.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.Visa;
import org.smartpick.core.applicant.VisaType;
import org.smartpick.core.reference.ReferenceData;

/**
 * Places each part of a profile against the policy's yardsticks and the match data, one method per area: the exams
 * in {@link ExamAssessment}, the rest of the file in {@link ExperienceAssessment}, the goal specialties' match rates
 * in {@link MatchRateAssessment}; the years since graduation and the visa here.
 */
public final class ProfileAssessor {
    static final String PROFILE_SOURCE = "the applicant's profile";
    static final String BRIEF_VISA =
            "domain brief (J-1 through ECFMG is the common route; fewer programs sponsor H-1B)";

    private final StrategyPolicy policy;
    private final LocalDate asOf;
    private final ExamAssessment exams;
    private final ExperienceAssessment experience;

    public ProfileAssessor(StrategyPolicy policy, LocalDate asOf) {
        this.policy = policy;
        this.asOf = asOf;
        this.exams = new ExamAssessment(policy);
        this.experience = new ExperienceAssessment(policy);
    }

    public Assessment assess(Profile profile, ReferenceData reference) {
        List<AssessmentItem> items = new ArrayList<>();
        items.add(exams.step1(profile.usmle().step1()));
        items.add(exams.step2ck(profile.usmle().step2ck()));
        items.add(exams.step3(profile));
        items.add(exams.attempts(profile));
        items.add(yearsSinceGraduation(profile));
        items.add(visa(profile.visa()));
        if (profile.applicantType().isImg()) {
            items.add(experience.usClinicalExperience(profile));
        }
        items.add(experience.research(profile));
        items.add(experience.specialtyExperience(profile.specialtyExperience()));
        items.add(experience.letters(profile));
        items.addAll(MatchRateAssessment.goalSpecialtyMatchRates(profile, reference));
        return Assessment.of(items);
    }

    /** Years since graduation: recent is a plus, many years raise questions and may meet program limits. */
    AssessmentItem yearsSinceGraduation(Profile profile) {
        String area = "Years since graduation";
        if (profile.graduationYear() <= 0) {
            return new AssessmentItem(area, Level.UNKNOWN, "Graduation year is not given.", PROFILE_SOURCE);
        }
        int years = yearsSinceGraduation(profile, asOf);
        if (years >= policy.intValue(YEARS_SINCE_GRADUATION_HIGH_FROM)) {
            return new AssessmentItem(
                    area,
                    Level.WEAK,
                    years + " years since graduation (" + profile.graduationYear()
                            + "); programs with a graduation-year limit may screen you out.",
                    policy.source(YEARS_SINCE_GRADUATION_HIGH_FROM));
        }
        if (years <= policy.intValue(YEARS_SINCE_GRADUATION_RECENT_UP_TO)) {
            String when = years <= 0
                    ? "Graduating in " + profile.graduationYear()
                    : "Recent graduate (" + profile.graduationYear() + ")";
            return new AssessmentItem(
                    area,
                    Level.STRONG,
                    when + ", so clinical currency is not in question.",
                    policy.source(YEARS_SINCE_GRADUATION_RECENT_UP_TO));
        }
        return new AssessmentItem(
                area,
                Level.AVERAGE,
                years + " years since graduation (" + profile.graduationYear()
                        + "); below the usual limits, but recent clinical work matters.",
                policy.source(YEARS_SINCE_GRADUATION_HIGH_FROM));
    }

    static int yearsSinceGraduation(Profile profile, LocalDate asOf) {
        return asOf.getYear() - profile.graduationYear();
    }

    static boolean wantsOnlyH1b(Visa visa) {
        return visa.needsSponsorship() && visa.accepts().equals(List.of(VisaType.H1B));
    }

    /** Visa: no sponsorship is a plus; J-1 keeps most doors open; H-1B only narrows the field. */
    AssessmentItem visa(Visa visa) {
        String area = "Visa";
        if (!visa.needsSponsorship()) {
            return new AssessmentItem(area, Level.STRONG, "No visa sponsorship is needed.", PROFILE_SOURCE);
        }
        if (visa.accepts().isEmpty()) {
            return new AssessmentItem(
                    area, Level.WEAK, "Sponsorship is needed but no accepted visa type is given.", PROFILE_SOURCE);
        }
        if (wantsOnlyH1b(visa)) {
            return new AssessmentItem(
                    area,
                    Level.WEAK,
                    "Sponsorship is needed and only H-1B is accepted, which far fewer programs offer.",
                    BRIEF_VISA);
        }
        String which = visa.accepts().contains(VisaType.H1B) ? "J-1 and H-1B are both accepted" : "J-1 is accepted";
        return new AssessmentItem(
                area,
                Level.AVERAGE,
                "Sponsorship is needed; " + which + ", so most sponsoring programs stay open.",
                BRIEF_VISA);
    }
}
