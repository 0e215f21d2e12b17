package org.smartpick.core.applicant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartpick.core.common.Problem;

class ProfileRulesTest {
    private final ProfileRules rules = new ProfileRules(Set.of("130", "140", "320", "765", "766"), 2026);

    static Profile valid() {
        return new Profile(
                "Example",
                ApplicantType.NON_US_IMG,
                "EG",
                new Visa(true, List.of(VisaType.J1, VisaType.H1B)),
                2021,
                true,
                new Usmle(
                        new Step1(ExamResult.PASS, OptionalInt.of(212), 1),
                        new Step2ck(OptionalInt.of(236), 1),
                        Step3.notTaken()),
                new ClinicalExperience(3, 4),
                new SpecialtyExperience("Medical Genetics and Genomics", 8, List.of("VARIANT_CURATION")),
                new Research(1, 2, 2, 3),
                new Letters(4, 3, 2),
                List.of("MSc"),
                0,
                List.of(new Target("130", TargetRole.GOAL, OptionalDouble.empty())),
                new Preferences(List.of("NY"), List.of("University-based")),
                new Budget(OptionalInt.of(2000), OptionalInt.empty(), Map.of()));
    }

    @Test
    void aCompleteProfileHasNoProblems() {
        assertThat(rules.check(valid())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0,true", "1,false", "300,false", "301,true", "412,true"})
    void step2ScoreMustBe1To300(int score, boolean rejected) {
        Profile p = valid();
        Profile changed = new Profile(
                p.name(),
                p.applicantType(),
                p.citizenship(),
                p.visa(),
                p.graduationYear(),
                p.ecfmgCertified(),
                new Usmle(
                        p.usmle().step1(),
                        new Step2ck(OptionalInt.of(score), 1),
                        p.usmle().step3()),
                p.usClinicalExperience(),
                p.specialtyExperience(),
                p.research(),
                p.letters(),
                p.degrees(),
                p.cyclesApplied(),
                p.targets(),
                p.preferences(),
                p.budget());
        assertThat(rules.check(changed))
                .extracting(Problem::field)
                .contains(rejected ? new String[] {"usmle.step2ck.score"} : new String[0]);
        if (!rejected) {
            assertThat(rules.check(changed)).isEmpty();
        }
    }

    @Test
    void aProblemNamesTheFieldByItsLabelAndSaysWhatWasEntered() {
        Profile p = valid();
        Profile changed = new Profile(
                p.name(),
                p.applicantType(),
                p.citizenship(),
                p.visa(),
                p.graduationYear(),
                p.ecfmgCertified(),
                new Usmle(
                        p.usmle().step1(),
                        new Step2ck(OptionalInt.of(999), 1),
                        p.usmle().step3()),
                p.usClinicalExperience(),
                p.specialtyExperience(),
                p.research(),
                p.letters(),
                p.degrees(),
                p.cyclesApplied(),
                p.targets(),
                p.preferences(),
                p.budget());

        assertThat(rules.check(changed))
                .containsExactly(new Problem(
                        "usmle.step2ck.score", "Step 2 CK score must be between 1 and 300; you entered 999"));
    }

    @Test
    void aMissingGraduationYearIsRequiredRatherThanOutOfRange() {
        Profile p = valid();
        Profile missing = new Profile(
                p.name(),
                p.applicantType(),
                p.citizenship(),
                p.visa(),
                0,
                p.ecfmgCertified(),
                p.usmle(),
                p.usClinicalExperience(),
                p.specialtyExperience(),
                p.research(),
                p.letters(),
                p.degrees(),
                p.cyclesApplied(),
                p.targets(),
                p.preferences(),
                p.budget());

        assertThat(rules.check(missing)).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("graduationYear");
            assertThat(problem.message())
                    .startsWith("Medical school graduation year is required")
                    .doesNotContain("was 0");
        });
    }

    @Test
    void fieldsTheReaderCouldNotReadAreNotJudgedAgain() {
        Profile p = valid();
        Profile placeholders = new Profile(
                p.name(),
                null,
                p.citizenship(),
                p.visa(),
                0,
                p.ecfmgCertified(),
                p.usmle(),
                p.usClinicalExperience(),
                p.specialtyExperience(),
                new Research(0, 0, 0, 3),
                p.letters(),
                p.degrees(),
                p.cyclesApplied(),
                p.targets(),
                p.preferences(),
                p.budget());

        assertThat(rules.check(placeholders, Set.of("applicantType", "graduationYear", "research.publications")))
                .isEmpty();
        assertThat(rules.check(placeholders))
                .extracting(Problem::field)
                .containsExactlyInAnyOrder("applicantType", "graduationYear", "research.inSpecialty");
    }

    @Test
    void aListWithAnElementLeftOutIsNotJudgedByPosition() {
        Profile p = valid();
        Profile shifted = new Profile(
                p.name(),
                p.applicantType(),
                p.citizenship(),
                p.visa(),
                p.graduationYear(),
                p.ecfmgCertified(),
                p.usmle(),
                p.usClinicalExperience(),
                p.specialtyExperience(),
                p.research(),
                p.letters(),
                p.degrees(),
                p.cyclesApplied(),
                List.of(new Target("999", TargetRole.GOAL, OptionalDouble.empty())),
                p.preferences(),
                p.budget());

        assertThat(rules.check(shifted, Set.of("targets[0]"))).isEmpty();
        assertThat(rules.check(shifted, Set.of("targets[0].weight")))
                .extracting(Problem::field)
                .containsExactly("targets[0].specialtyCode");
    }

    @ParameterizedTest
    @CsvSource({"]", "x]", "[]", "a[b]", "targets[]"})
    void anUnreadFieldNamedWithBracketsIsNoListElement(String unread) {
        assertThat(rules.check(valid(), Set.of(unread))).isEmpty();
    }

    @Test
    void reportsEveryProblemAtOnce() {
        Profile bad = new Profile(
                "",
                null,
                "",
                new Visa(true, List.of()),
                1900,
                false,
                Usmle.none(),
                new ClinicalExperience(-1, 0),
                SpecialtyExperience.none(),
                new Research(0, 0, 0, 2),
                new Letters(1, 3, 0),
                List.of(),
                0,
                List.of(new Target("999", TargetRole.GOAL, OptionalDouble.of(2))),
                new Preferences(List.of("Narnia"), List.of("Castle")),
                new Budget(OptionalInt.of(-5), OptionalInt.of(0), Map.of()));

        assertThat(rules.check(bad))
                .extracting(Problem::field)
                .containsExactlyInAnyOrder(
                        "applicantType",
                        "graduationYear",
                        "visa.accepts",
                        "usClinicalExperience.handsOnMonths",
                        "research.inSpecialty",
                        "letters.total",
                        "targets[0].specialtyCode",
                        "targets[0].weight",
                        "preferences.states[0]",
                        "preferences.settings[0]",
                        "budget.maxUsd",
                        "budget.maxPrograms");
    }

    @Test
    void usGraduateWhoNeedsSponsorshipIsContradictory() {
        Profile p = valid();
        Profile md = new Profile(
                p.name(),
                ApplicantType.US_MD,
                p.citizenship(),
                p.visa(),
                p.graduationYear(),
                p.ecfmgCertified(),
                p.usmle(),
                p.usClinicalExperience(),
                p.specialtyExperience(),
                p.research(),
                p.letters(),
                p.degrees(),
                p.cyclesApplied(),
                p.targets(),
                p.preferences(),
                p.budget());
        assertThat(rules.check(md)).extracting(Problem::field).containsExactly("visa.needsSponsorship");
    }

    @Test
    void missingTargetsAreReported() {
        Profile p = valid();
        Profile none = new Profile(
                p.name(),
                p.applicantType(),
                p.citizenship(),
                p.visa(),
                p.graduationYear(),
                p.ecfmgCertified(),
                p.usmle(),
                p.usClinicalExperience(),
                p.specialtyExperience(),
                p.research(),
                p.letters(),
                p.degrees(),
                p.cyclesApplied(),
                List.of(),
                p.preferences(),
                p.budget());
        assertThat(rules.check(none)).extracting(Problem::field).containsExactly("targets");
    }
}
