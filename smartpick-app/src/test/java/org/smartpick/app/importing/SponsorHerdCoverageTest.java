package org.smartpick.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartpick.core.program.Program;

/**
 * How many catalog programs the shipped crosswalk gives a research intensity, per specialty code. The counts are the
 * ones measured when the crosswalk was curated (2,552 of 5,417 programs); a change to the crosswalk or the catalog
 * that moves them must update them here on purpose.
 */
class SponsorHerdCoverageTest {
    private static List<Program> programs;
    private static SponsorHerdJoin join;

    @BeforeAll
    static void load() {
        programs = SponsorHerdCrosswalkTest.ShippedCatalogHolder.programs();
        join = SponsorHerdJoin.shipped();
    }

    // Measured: 320 Pediatrics 112/212, 140 Internal Medicine 171/710, 120 Family Medicine 175/806,
    // 400 Psychiatry 139/344, 180 Neurology 113/194, 300 Pathology 103/141, 765 Pediatrics/MGG 29/30,
    // 766 IM/MGG 5/5.
    @ParameterizedTest(name = "specialty {0}: {1} of {2} programs")
    @CsvSource({
        "320, 112, 212",
        "140, 171, 710",
        "120, 175, 806",
        "400, 139, 344",
        "180, 113, 194",
        "300, 103, 141",
        "765, 29, 30",
        "766, 5, 5"
    })
    void programsOfASpecialtyWithAResearchIntensity(String specialtyCode, long covered, long total) {
        List<Program> ofSpecialty = programs.stream()
                .filter(p -> p.specialtyCode().equals(specialtyCode))
                .toList();
        assertThat(ofSpecialty).hasSize((int) total);
        assertThat(ofSpecialty.stream().filter(SponsorHerdCoverageTest::joined).count())
                .isEqualTo(covered);
    }

    @Test
    void programsOfAllSpecialtiesWithAResearchIntensity() {
        assertThat(programs).hasSize(5417);
        assertThat(programs.stream().filter(SponsorHerdCoverageTest::joined).count())
                .isEqualTo(2552);
    }

    private static boolean joined(Program program) {
        return join.lookup(program.institution(), program.state()).isPresent();
    }
}
