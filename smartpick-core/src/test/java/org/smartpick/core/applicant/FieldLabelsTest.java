package org.smartpick.core.applicant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldLabelsTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "usmle.step2ck.score | Step 2 CK score",
                "graduationYear | Medical school graduation year",
                "targets[0].specialtyCode | Specialty 1",
                "targets[2].weight | Weight of specialty 3",
                "targets[1] | Specialty 2",
                "preferences.states[4] | Preferred states",
                "budget.maxProgramsPerSpecialty.140 | Most programs in specialty 140",
                "shoeSize | shoeSize"
            })
    void labelsAFieldPathAsTheFormDoes(String path, String label) {
        assertThat(FieldLabels.of(path)).isEqualTo(label);
    }
}
