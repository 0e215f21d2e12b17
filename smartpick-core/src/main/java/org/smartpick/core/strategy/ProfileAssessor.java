package org.smartpick.core.strategy;

import static org.smartpick.core.strategy.PolicyKey.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.applicant.ExamResult;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.SpecialtyExperience;
import org.smartpick.core.applicant.Step1;
import org.smartpick.core.applicant.Step2ck;
import org.smartpick.core.applicant.Step3;
import org.smartpick.core.applicant.TargetRole;
import org.smartpick.core.applicant.Visa;
import org.smartpick.core.applicant.VisaType;
import org.smartpick.core.reference.MatchOutcome;
import org.smartpick.core.reference.ReferenceData;

/** Places each part of a profile against the policy's yardsticks and the match data; one method per area. */
public final class ProfileAssessor {
    static final String PROFILE_SOURCE = "the applicant's profile";
    private static final String BRIEF_STEP1_PF = "domain brief (Step 1 is reported pass/fail since 2022)";
    private static final String BRIEF_VISA =
            "domain brief (J-1 through ECFMG is the common route; fewer programs sponsor H-1B)";
    private static final String NRMP_SOURCE = "data: NRMP Main Match PGY-1 outcomes by specialty and applicant type";

    private final StrategyPolicy policy;
    private final LocalDate asOf;

    public ProfileAssessor(StrategyPolicy policy, LocalDate asOf) {
        this.policy = policy;
        this.asOf = asOf;
    }

    public Assessment assess(Profile profile, ReferenceData reference) {
        List<AssessmentItem> items = new ArrayList<>();
        items.add(step1(profile.usmle().step1()));
        items.add(step2ck(profile.usmle().step2ck()));
        items.add(step3(profile));
        items.add(attempts(profile));
        items.add(yearsSinceGraduation(profile));
        items.add(visa(profile.visa()));
        if (profile.applicantType().isImg()) {
            items.add(usClinicalExperience(profile));
        }
        items.add(research(profile));
        items.add(specialtyExperience(profile.specialtyExperience()));
        items.add(letters(profile));
        items.addAll(goalSpecialtyMatchRates(profile, reference));
        return Assessment.of(items);
    }

    /** Step 1: a numeric score against the article's rough 215-220 line; pass/fail carries no number. */
    AssessmentItem step1(Step1 step1) {
        String area = "Step 1";
        if (step1.result() == ExamResult.NOT_TAKEN) {
            return new AssessmentItem(area, Level.UNKNOWN, "Step 1 is not on file yet.", PROFILE_SOURCE);
        }
        if (step1.result() == ExamResult.FAIL) {
            return new AssessmentItem(area, Level.WEAK, "Step 1 is not passed yet.", PROFILE_SOURCE);
        }
        if (step1.score().isEmpty()) {
            return new AssessmentItem(
                    area,
                    Level.AVERAGE,
                    "Step 1 passed (pass/fail), so programs will look to Step 2 CK for a number.",
                    BRIEF_STEP1_PF);
        }
        int score = step1.score().getAsInt();
        if (score < policy.intValue(STEP1_WEAK_BELOW)) {
            return new AssessmentItem(
                    area,
                    Level.WEAK,
                    "Step 1 score of " + score + " is below the rough " + policy.intValue(STEP1_WEAK_BELOW)
                            + " mark that academic programs read as below average.",
                    policy.source(STEP1_WEAK_BELOW));
        }
        if (score >= policy.intValue(STEP1_STRONG_FROM)) {
            return new AssessmentItem(
                    area,
                    Level.STRONG,
                    "Step 1 score of " + score + " is well above average.",
                    policy.source(STEP1_STRONG_FROM));
        }
        return new AssessmentItem(
                area,
                Level.AVERAGE,
                "Step 1 score of " + score + " is in the middle range.",
                policy.source(STEP1_WEAK_BELOW));
    }

    /** Step 2 CK: the main number programs screen on now, against the article's bands. */
    AssessmentItem step2ck(Step2ck step2) {
        String area = "Step 2 CK";
        if (!step2.taken()) {
            return new AssessmentItem(
                    area,
                    Level.UNKNOWN,
                    "Step 2 CK is not taken yet; it will be the number programs read first.",
                    PROFILE_SOURCE);
        }
        int score = step2.score().getAsInt();
        if (score < policy.intValue(STEP2CK_WEAK_BELOW)) {
            return new AssessmentItem(
                    area,
                    Level.WEAK,
                    "Step 2 CK score of " + score
                            + " is below the range competitive academic programs usually look for.",
                    policy.source(STEP2CK_WEAK_BELOW));
        }
        if (score < policy.intValue(STEP2CK_SOLID_FROM)) {
            return new AssessmentItem(
                    area,
                    Level.AVERAGE,
                    "Step 2 CK score of " + score + " sits at the lower edge of the average range.",
                    policy.source(STEP2CK_WEAK_BELOW));
        }
        if (score < policy.intValue(STEP2CK_STRONG_FROM)) {
            return new AssessmentItem(
                    area,
                    Level.AVERAGE,
                    "Step 2 CK score of " + score + " is solid but not exceptional.",
                    policy.source(STEP2CK_SOLID_FROM));
        }
        return new AssessmentItem(
                area,
                Level.STRONG,
                "Step 2 CK score of " + score + " is above the solid band.",
                policy.source(STEP2CK_STRONG_FROM));
    }

    /** Step 3: passed opens H-1B and shows later performance; for an H-1B-only applicant its absence is the gate. */
    AssessmentItem step3(Profile profile) {
        String area = "Step 3";
        Step3 step3 = profile.usmle().step3();
        if (step3.passed()) {
            String score = step3.score().isPresent() ? " with " + step3.score().getAsInt() : "";
            return PlanRules.acceptsH1b(profile.visa())
                    ? new AssessmentItem(
                            area,
                            Level.STRONG,
                            "Step 3 passed" + score
                                    + ", which H-1B sponsorship usually needs and which shows recent exam performance.",
                            BRIEF_VISA)
                    : new AssessmentItem(
                            area,
                            Level.STRONG,
                            "Step 3 passed" + score + ", which shows recent exam performance.",
                            PROFILE_SOURCE);
        }
        if (step3.taken()) {
            return new AssessmentItem(area, Level.WEAK, "Step 3 was taken but not passed.", PROFILE_SOURCE);
        }
        if (wantsOnlyH1b(profile.visa())) {
            return new AssessmentItem(
                    area,
                    Level.WEAK,
                    "Step 3 is not passed, and H-1B, the only visa you accept, usually needs it before residency.",
                    BRIEF_VISA);
        }
        return new AssessmentItem(
                area,
                Level.AVERAGE,
                "Step 3 is not taken; most programs do not expect it before residency.",
                PROFILE_SOURCE);
    }

    /** Attempts: a repeated sitting on any step counts against the applicant. */
    AssessmentItem attempts(Profile profile) {
        String area = "Exam attempts";
        List<String> repeated = new ArrayList<>();
        int weakFrom = policy.intValue(ATTEMPTS_WEAK_FROM);
        addIfRepeated(repeated, "Step 1", profile.usmle().step1().attempts(), weakFrom);
        addIfRepeated(repeated, "Step 2 CK", profile.usmle().step2ck().attempts(), weakFrom);
        addIfRepeated(repeated, "Step 3", profile.usmle().step3().attempts(), weakFrom);
        if (!repeated.isEmpty()) {
            return new AssessmentItem(
                    area,
                    Level.WEAK,
                    "More than one attempt: " + String.join(", ", repeated) + "; some programs limit attempts.",
                    policy.source(ATTEMPTS_WEAK_FROM));
        }
        boolean anyTaken = profile.usmle().step1().result() != ExamResult.NOT_TAKEN
                || profile.usmle().step2ck().taken()
                || profile.usmle().step3().taken();
        if (!anyTaken) {
            return new AssessmentItem(area, Level.UNKNOWN, "No USMLE step is on file yet.", PROFILE_SOURCE);
        }
        return new AssessmentItem(
                area,
                Level.STRONG,
                "Every step taken was passed on the first attempt.",
                policy.source(ATTEMPTS_WEAK_FROM));
    }

    private static void addIfRepeated(List<String> repeated, String step, int attempts, int weakFrom) {
        if (attempts >= weakFrom) {
            repeated.add(step + " " + attempts + " times");
        }
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
                    area, Level.UNKNOWN, "No experience in the goal specialty is entered.", PROFILE_SOURCE);
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

    /** For each goal specialty with NRMP data: how the applicant's group fared there against its rate across all specialties. */
    List<AssessmentItem> goalSpecialtyMatchRates(Profile profile, ReferenceData reference) {
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

    private AssessmentItem matchRateItem(MatchOutcome outcome, double overall) {
        double rate = outcome.matchRate();
        String finding = "In the " + outcome.season() + " Match, " + outcome.matches() + " of " + outcome.applicants()
                + " "
                + groupName(outcome.applicantType()) + " applicants in " + outcome.nrmpSpecialty() + " matched ("
                + Phrases.percent(rate) + ", against " + Phrases.percent(overall)
                + " for the group across all specialties).";
        Level level = rate >= overall + 0.10 ? Level.STRONG : rate <= overall - 0.10 ? Level.WEAK : Level.AVERAGE;
        return new AssessmentItem("Goal specialty: " + outcome.nrmpSpecialty(), level, finding, NRMP_SOURCE);
    }

    static String groupName(ApplicantType type) {
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
