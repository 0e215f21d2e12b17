package org.smartpick.core.applicant;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Builds a {@link Profile} for tests, so that a test sets only the facts it is about.
 *
 * <p>{@link #aProfile()} starts from a plain applicant that {@link ProfileRules} accepts (season 2026, specialty 140
 * known): "Test applicant", a US MD graduating in 2026, citizenship US, no visa need, not ECFMG certified, Step 1
 * passed without a score on the first attempt, Step 2 CK 240 on the first attempt, Step 3 not taken, Internal
 * Medicine (140) as the only goal, no earlier cycles, and no clinical experience, specialty experience, research,
 * letters, degrees, preferences or budget. {@link #from(Profile)} starts from an existing profile instead, to change
 * one fact of it. {@link #aNonUsImg()} starts from the international graduate of the examples (the persona of the
 * domain brief).
 */
public final class ProfileBuilder {
    private String name = "Test applicant";
    private ApplicantType applicantType = ApplicantType.US_MD;
    private String citizenship = "US";
    private Visa visa = Visa.none();
    private int graduationYear = 2026;
    private boolean ecfmgCertified;
    private Usmle usmle = new Usmle(
            new Step1(ExamResult.PASS, OptionalInt.empty(), 1), new Step2ck(OptionalInt.of(240), 1), Step3.notTaken());
    private ClinicalExperience usClinicalExperience = ClinicalExperience.none();
    private SpecialtyExperience specialtyExperience = SpecialtyExperience.none();
    private Research research = Research.none();
    private Letters letters = Letters.none();
    private List<String> degrees = List.of();
    private int cyclesApplied;
    private List<Target> targets = List.of(goal("140"));
    private Preferences preferences = Preferences.none();
    private Budget budget = Budget.none();

    private ProfileBuilder() {}

    /** The plain applicant described on the class. */
    public static ProfileBuilder aProfile() {
        return new ProfileBuilder();
    }

    /**
     * A non-US IMG from Egypt, 2021 graduate, ECFMG certified, who needs a J-1 or H-1B: Step 1 212 and Step 2 CK 236
     * on the first attempt, Step 3 not taken, 3 months of hands-on US clinical experience and 4 observing, 8 months
     * in Medical Genetics and Genomics, 1 publication, 2 abstracts and 2 posters (3 in the specialty), 4 letters (3
     * from US physicians, 2 from the specialty); the other facts as in {@link #aProfile()}.
     */
    public static ProfileBuilder aNonUsImg() {
        return new ProfileBuilder()
                .applicantType(ApplicantType.NON_US_IMG)
                .citizenship("EG")
                .needsVisa(VisaType.J1, VisaType.H1B)
                .graduationYear(2021)
                .ecfmgCertified(true)
                .step1(new Step1(ExamResult.PASS, OptionalInt.of(212), 1))
                .step2ckScore(236)
                .usClinicalExperience(new ClinicalExperience(3, 4))
                .specialtyExperience(new SpecialtyExperience("Medical Genetics and Genomics", 8, List.of()))
                .research(new Research(1, 2, 2, 3))
                .letters(new Letters(4, 3, 2));
    }

    /** Every fact of {@code profile}, to change some of them. */
    public static ProfileBuilder from(Profile profile) {
        return new ProfileBuilder()
                .name(profile.name())
                .applicantType(profile.applicantType())
                .citizenship(profile.citizenship())
                .visa(profile.visa())
                .graduationYear(profile.graduationYear())
                .ecfmgCertified(profile.ecfmgCertified())
                .usmle(profile.usmle())
                .usClinicalExperience(profile.usClinicalExperience())
                .specialtyExperience(profile.specialtyExperience())
                .research(profile.research())
                .letters(profile.letters())
                .degrees(profile.degrees())
                .cyclesApplied(profile.cyclesApplied())
                .targets(profile.targets())
                .preferences(profile.preferences())
                .budget(profile.budget());
    }

    /** A goal specialty (ACGME code) with the role's default weight. */
    public static Target goal(String specialtyCode) {
        return new Target(specialtyCode, TargetRole.GOAL, OptionalDouble.empty());
    }

    /** A pathway specialty (ACGME code) with the role's default weight. */
    public static Target pathway(String specialtyCode) {
        return new Target(specialtyCode, TargetRole.PATHWAY, OptionalDouble.empty());
    }

    public ProfileBuilder name(String value) {
        name = value;
        return this;
    }

    /** The applicant type; {@code null} stands for a type not given. */
    public ProfileBuilder applicantType(ApplicantType value) {
        applicantType = value;
        return this;
    }

    public ProfileBuilder citizenship(String value) {
        citizenship = value;
        return this;
    }

    public ProfileBuilder visa(Visa value) {
        visa = value;
        return this;
    }

    /** Needs visa sponsorship and accepts these visas. */
    public ProfileBuilder needsVisa(VisaType... accepts) {
        return visa(new Visa(true, List.of(accepts)));
    }

    /** The year of the medical degree; 0 stands for a year not given. */
    public ProfileBuilder graduationYear(int value) {
        graduationYear = value;
        return this;
    }

    public ProfileBuilder ecfmgCertified(boolean value) {
        ecfmgCertified = value;
        return this;
    }

    public ProfileBuilder usmle(Usmle value) {
        usmle = value;
        return this;
    }

    /** Replaces Step 1 and keeps the other steps. */
    public ProfileBuilder step1(Step1 value) {
        return usmle(new Usmle(value, usmle.step2ck(), usmle.step3()));
    }

    /** Replaces Step 2 CK and keeps the other steps. */
    public ProfileBuilder step2ck(Step2ck value) {
        return usmle(new Usmle(usmle.step1(), value, usmle.step3()));
    }

    /** A Step 2 CK score on the first attempt. */
    public ProfileBuilder step2ckScore(int score) {
        return step2ck(new Step2ck(OptionalInt.of(score), 1));
    }

    /** Replaces Step 3 and keeps the other steps. */
    public ProfileBuilder step3(Step3 value) {
        return usmle(new Usmle(usmle.step1(), usmle.step2ck(), value));
    }

    public ProfileBuilder usClinicalExperience(ClinicalExperience value) {
        usClinicalExperience = value;
        return this;
    }

    public ProfileBuilder specialtyExperience(SpecialtyExperience value) {
        specialtyExperience = value;
        return this;
    }

    public ProfileBuilder research(Research value) {
        research = value;
        return this;
    }

    public ProfileBuilder letters(Letters value) {
        letters = value;
        return this;
    }

    public ProfileBuilder degrees(List<String> value) {
        degrees = value;
        return this;
    }

    public ProfileBuilder cyclesApplied(int value) {
        cyclesApplied = value;
        return this;
    }

    public ProfileBuilder targets(List<Target> value) {
        targets = value;
        return this;
    }

    public ProfileBuilder targets(Target... value) {
        return targets(Arrays.asList(value));
    }

    public ProfileBuilder preferences(Preferences value) {
        preferences = value;
        return this;
    }

    /** Preferred states (two-letter codes), no preferred settings. */
    public ProfileBuilder preferredStates(String... states) {
        return preferences(new Preferences(List.of(states), List.of()));
    }

    public ProfileBuilder budget(Budget value) {
        budget = value;
        return this;
    }

    public Profile build() {
        return new Profile(
                name,
                applicantType,
                citizenship,
                visa,
                graduationYear,
                ecfmgCertified,
                usmle,
                usClinicalExperience,
                specialtyExperience,
                research,
                letters,
                degrees,
                cyclesApplied,
                targets,
                preferences,
                budget);
    }
}
