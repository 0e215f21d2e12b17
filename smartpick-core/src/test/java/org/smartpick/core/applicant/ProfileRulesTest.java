package org.smartpick.core.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartpick.core.applicant.ProfileBuilder.aProfile;

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

    /** A complete profile: every part filled in, all of it valid. */
    static Profile valid() {
        return ProfileBuilder.aNonUsImg()
                .name("Example")
                .specialtyExperience(
                        new SpecialtyExperience("Medical Genetics and Genomics", 8, List.of("VARIANT_CURATION")))
                .degrees(List.of("MSc"))
                .targets(ProfileBuilder.goal("130"))
                .preferences(new Preferences(List.of("NY"), List.of("University-based")))
                .budget(new Budget(OptionalInt.of(2000), OptionalInt.empty(), Map.of()))
                .build();
    }

    @Test
    void aCompleteProfileHasNoProblems() {
        assertThat(rules.check(valid())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0,true", "1,false", "300,false", "301,true", "412,true"})
    void step2ScoreMustBe1To300(int score, boolean rejected) {
        Profile changed = ProfileBuilder.from(valid())
                .step2ck(new Step2ck(OptionalInt.of(score), 1))
                .build();
        assertThat(rules.check(changed))
                .extracting(Problem::field)
                .contains(rejected ? new String[] {"usmle.step2ck.score"} : new String[0]);
        if (!rejected) {
            assertThat(rules.check(changed)).isEmpty();
        }
    }

    @Test
    void aProblemNamesTheFieldByItsLabelAndSaysWhatWasEntered() {
        Profile changed = ProfileBuilder.from(valid())
                .step2ck(new Step2ck(OptionalInt.of(999), 1))
                .build();

        assertThat(rules.check(changed))
                .containsExactly(new Problem(
                        "usmle.step2ck.score", "Step 2 CK score must be between 1 and 300; you entered 999"));
    }

    @Test
    void aMissingGraduationYearIsRequiredRatherThanOutOfRange() {
        Profile missing = ProfileBuilder.from(valid()).graduationYear(0).build();

        assertThat(rules.check(missing)).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("graduationYear");
            assertThat(problem.message())
                    .startsWith("Medical school graduation year is required")
                    .doesNotContain("was 0");
        });
    }

    @Test
    void fieldsTheReaderCouldNotReadAreNotJudgedAgain() {
        Profile placeholders = ProfileBuilder.from(valid())
                .applicantType(null)
                .graduationYear(0)
                .research(new Research(0, 0, 0, 3))
                .build();

        assertThat(rules.check(placeholders, Set.of("applicantType", "graduationYear", "research.publications")))
                .isEmpty();
        assertThat(rules.check(placeholders))
                .extracting(Problem::field)
                .containsExactlyInAnyOrder("applicantType", "graduationYear", "research.inSpecialty");
    }

    @Test
    void aListWithAnElementLeftOutIsNotJudgedByPosition() {
        Profile shifted =
                ProfileBuilder.from(valid()).targets(ProfileBuilder.goal("999")).build();

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
        Profile bad = aProfile()
                .applicantType(null)
                .visa(new Visa(true, List.of()))
                .graduationYear(1900)
                .usmle(Usmle.none())
                .usClinicalExperience(new ClinicalExperience(-1, 0))
                .research(new Research(0, 0, 0, 2))
                .letters(new Letters(1, 3, 0))
                .targets(new Target("999", TargetRole.GOAL, OptionalDouble.of(2)))
                .preferences(new Preferences(List.of("Narnia"), List.of("Castle")))
                .budget(new Budget(OptionalInt.of(-5), OptionalInt.of(0), Map.of()))
                .build();

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
        Profile md =
                ProfileBuilder.from(valid()).applicantType(ApplicantType.US_MD).build();
        assertThat(rules.check(md)).extracting(Problem::field).containsExactly("visa.needsSponsorship");
    }

    @Test
    void missingTargetsAreReported() {
        Profile none = ProfileBuilder.from(valid()).targets(List.of()).build();
        assertThat(rules.check(none)).extracting(Problem::field).containsExactly("targets");
    }
}
