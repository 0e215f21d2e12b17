package org.smartpick.core.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartpick.core.applicant.ProfileBuilder.aProfile;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProfileBuilderTest {
    @Test
    void theDefaultProfileIsOneTheProfileRulesAccept() {
        assertThat(new ProfileRules(Set.of("140"), 2026).check(aProfile().build()))
                .isEmpty();
    }

    @Test
    void aProfileCopiedFromAnotherEqualsIt() {
        Profile full = new Profile(
                "Someone",
                ApplicantType.NON_US_IMG,
                "EG",
                new Visa(true, List.of(VisaType.J1)),
                2020,
                true,
                new Usmle(
                        new Step1(ExamResult.PASS, OptionalInt.of(215), 2),
                        new Step2ck(OptionalInt.of(231), 1),
                        new Step3(true, true, OptionalInt.of(222), 1)),
                new ClinicalExperience(3, 4),
                new SpecialtyExperience("Pediatrics", 5, List.of("NICU")),
                new Research(1, 2, 3, 1),
                new Letters(4, 3, 1),
                List.of("MPH"),
                2,
                List.of(ProfileBuilder.goal("320"), ProfileBuilder.pathway("140")),
                new Preferences(List.of("NY"), List.of("University-based")),
                new Budget(OptionalInt.of(1500), OptionalInt.of(40), Map.of()));

        assertThat(ProfileBuilder.from(full).build()).isEqualTo(full);
    }

    @Test
    void replacingOneUsmleStepKeepsTheOthers() {
        Profile base =
                aProfile().step3(new Step3(true, true, OptionalInt.of(230), 1)).build();

        Profile changed = ProfileBuilder.from(base).step2ckScore(251).build();

        assertThat(changed.usmle())
                .isEqualTo(new Usmle(
                        base.usmle().step1(),
                        new Step2ck(OptionalInt.of(251), 1),
                        base.usmle().step3()));
        assertThat(ProfileBuilder.from(changed).step2ck(base.usmle().step2ck()).build())
                .isEqualTo(base);
    }
}
