package org.smartpick.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.VisaType;

class ProfileChangeTest {

    @Test
    void onlyChangesThatMakeSenseApply() {
        assertThat(ProfileChange.applicableTo(Personas.nonUsImgGenetics()))
                .containsExactly(
                        ProfileChange.STEP3_PASSED,
                        ProfileChange.HANDS_ON_USCE_3_MONTHS,
                        ProfileChange.ONE_MORE_PUBLICATION,
                        ProfileChange.ONE_MORE_SPECIALTY_LETTER);
        assertThat(ProfileChange.applicableTo(Personas.nonUsImgH1bReapplicant()))
                .contains(ProfileChange.ACCEPT_J1);
        assertThat(ProfileChange.applicableTo(Personas.usMdInternalMedicine()))
                .doesNotContain(
                        ProfileChange.ACCEPT_J1, ProfileChange.HANDS_ON_USCE_3_MONTHS, ProfileChange.STEP3_PASSED);
    }

    @Test
    void step3PassedNoLongerApplies() {
        Profile passed = ProfileChange.STEP3_PASSED.apply(Personas.nonUsImgGenetics());
        assertThat(passed.usmle().step3().passed()).isTrue();
        assertThat(ProfileChange.STEP3_PASSED.appliesTo(passed)).isFalse();
    }

    @Test
    void acceptingJ1KeepsH1bAndSortsVisas() {
        Profile changed = ProfileChange.ACCEPT_J1.apply(Personas.nonUsImgH1bReapplicant());
        assertThat(changed.visa().accepts()).containsExactly(VisaType.J1, VisaType.H1B);
        assertThat(ProfileChange.ACCEPT_J1.appliesTo(changed)).isFalse();
    }

    @Test
    void improvementsAddTheirStatedAmounts() {
        Profile p = Personas.nonUsImgGenetics();
        assertThat(ProfileChange.HANDS_ON_USCE_3_MONTHS
                        .apply(p)
                        .usClinicalExperience()
                        .handsOnMonths())
                .isEqualTo(6);
        assertThat(ProfileChange.ONE_MORE_PUBLICATION.apply(p).research().publications())
                .isEqualTo(2);
        assertThat(ProfileChange.ONE_MORE_PUBLICATION.apply(p).research().inSpecialty())
                .isEqualTo(4);
        assertThat(ProfileChange.ONE_MORE_SPECIALTY_LETTER.apply(p).letters())
                .isEqualTo(new org.smartpick.core.applicant.Letters(5, 4, 3));
    }

    @ParameterizedTest
    @EnumSource(ProfileChange.class)
    void aChangeTouchesOnlyItsOwnPart(ProfileChange change) {
        for (Profile p :
                List.of(Personas.nonUsImgGenetics(), Personas.nonUsImgH1bReapplicant(), Personas.usImgPediatrics())) {
            Profile changed = change.apply(p);
            int differing = 0;
            differing += changed.usmle().equals(p.usmle()) ? 0 : 1;
            differing += changed.visa().equals(p.visa()) ? 0 : 1;
            differing += changed.usClinicalExperience().equals(p.usClinicalExperience()) ? 0 : 1;
            differing += changed.research().equals(p.research()) ? 0 : 1;
            differing += changed.letters().equals(p.letters()) ? 0 : 1;
            assertThat(differing).isEqualTo(1);
            assertThat(List.of(
                            changed.name(),
                            changed.targets(),
                            changed.graduationYear(),
                            changed.budget(),
                            changed.cyclesApplied()))
                    .isEqualTo(List.of(p.name(), p.targets(), p.graduationYear(), p.budget(), p.cyclesApplied()));
        }
    }
}
