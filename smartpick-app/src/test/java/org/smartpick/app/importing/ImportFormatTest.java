package org.smartpick.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportFormatTest {
    @Test
    void detectsEachShippedFormatFromItsHeader() {
        assertThat(ImportFormat.detect("x.csv", "acgme_program_id,attribute,value,source,as_of"))
                .contains(ImportFormat.FACTS_CSV);
        assertThat(ImportFormat.detect("x.csv", "acgme_program_id,program_name,city,state,freida_data_last_updated"))
                .contains(ImportFormat.FREIDA_CSV);
        assertThat(ImportFormat.detect(
                        "x.csv",
                        "acgme_program_id,acgme_specialty_code,specialty,program_name,"
                                + "program_name_basis,city,state,accreditation_effective_date,notes"))
                .contains(ImportFormat.ACGME_CSV);
        assertThat(ImportFormat.detect(
                        "x.csv", "acgme_program_id,acgme_specialty_code,specialty,program_name,city,state"))
                .contains(ImportFormat.ERAS_CSV);
        assertThat(ImportFormat.detect("catalog.json", "")).contains(ImportFormat.JSON);
        assertThat(ImportFormat.detect("x.csv", "a,b,c")).isEmpty();
    }

    @Test
    void readsTheHeaderAsCsvSoAQuotedNameWithACommaIsOneColumn() {
        assertThat(ImportFormat.detect("x.csv", "\"acgme_program_id\",\"attribute, as stated\",value,source,as_of"))
                .as("no column named attribute: the quoted name holds a comma")
                .isEmpty();
        assertThat(ImportFormat.detect("x.csv", "\"acgme_program_id\",\"attribute\",value,source,as_of"))
                .isPresent();
        assertThat(ImportFormat.detect("x.csv", "\"unterminated,attribute")).isEmpty();
    }
}
