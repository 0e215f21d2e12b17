package org.smartpick.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstitutionNameTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "NYU Grossman School of Medicine Program|NYU Grossman School of Medicine",
                "University of North Carolina Hospitals Program|University of North Carolina Hospitals",
                "Baylor College of Medicine   Residency Program|Baylor College of Medicine",
                "Program|Program",
                "Mass General Brigham/Massachusetts General Hospital|Mass General Brigham/Massachusetts General Hospital"
            })
    void normaliseStripsTrailingProgramWords(String displayName, String institution) {
        assertThat(InstitutionName.normalise(displayName)).isEqualTo(institution);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Saint Louis University Program|St. Louis University",
                "Children's Hospital of Philadelphia|CHILDRENS HOSPITAL OF PHILADELPHIA PROGRAM"
            })
    void keysCompareTheSameInstitutionAcrossSources(String a, String b) {
        assertThat(InstitutionName.key(a)).isEqualTo(InstitutionName.key(b));
    }
}
