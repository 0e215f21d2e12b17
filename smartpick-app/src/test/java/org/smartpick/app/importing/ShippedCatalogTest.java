package org.smartpick.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smartpick.core.program.ApplicationCycle;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.Track;
import org.smartpick.core.program.YesNoUnknown;

class ShippedCatalogTest {
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = ShippedCatalog.load();
    }

    @Test
    void holdsEveryErasResidencyProgramPlusFreidaOnlyAndGeneticsPrograms() {
        // 5,289 ERAS rows + 17 FREIDA-only IM programs + 111 ACGME genetics programs not in ERAS.
        assertThat(catalog.programs()).hasSize(5289 + 17 + 111);
        assertThat(catalog.programs().stream().map(Program::id).distinct())
                .hasSize(catalog.programs().size());
    }

    @Test
    void everyFreidaInternalMedicineProgramCarriesFreidaAttributes() {
        List<Program> withFreida = catalog.programs().stream()
                .filter(p -> p.programUrl().startsWith("https://freida.ama-assn.org/program/"))
                .toList();
        assertThat(withFreida).hasSize(688).allSatisfy(p -> {
            assertThat(p.specialtyCode()).isEqualTo("140");
            // FREIDA 2025 is the newest source: only where its page says nothing may an older source speak.
            if (!p.firstYearPositions().sourceId().equals("freida")) {
                assertThat(p.disagreements()).noneMatch(d -> d.startsWith("first_year_positions: kept"));
            }
            assertThat(p.programUrl()).startsWith("https://freida.ama-assn.org/program/");
        });
    }

    @Test
    void nyuInternalMedicineHasItsFreidaFactsWithDate() {
        Program nyu = catalog.findProgram("1403521292").orElseThrow();
        assertThat(nyu.firstYearPositions().value()).contains(95);
        assertThat(nyu.interviewsLastYear().value()).contains(500);
        assertThat(nyu.imgSharePct().value()).contains(2.3);
        assertThat(nyu.j1Visa().value()).contains(YesNoUnknown.YES);
        assertThat(nyu.h1bVisa().value()).contains(YesNoUnknown.NO);
        assertThat(nyu.j1Visa().asOf()).isEqualTo("2025-03-28");
        assertThat(nyu.institution()).isEqualTo("NYU Grossman School of Medicine");
    }

    @Test
    void aFreidaRowListingNoVisaLeavesBothVisasUnknown() {
        long silent = catalog.programs().stream()
                .filter(p -> p.j1Visa().sourceId().equals("freida")
                        && p.j1Visa().value().isEmpty())
                .count();
        // 185 FREIDA rows list no visa; Residency Explorer 2021 or an inference from other facts speaks for all but 49.
        assertThat(silent).isEqualTo(49);
        assertThat(catalog.programs()).noneMatch(p -> p.j1Visa().value().equals(Optional.of(YesNoUnknown.UNKNOWN)));
    }

    @Test
    void geneticsProgramsArePresentWithTheirTracksAndCycles() {
        assertThat(catalog.programsIn("130"))
                .hasSize(36)
                .allMatch(p -> p.track() == Track.CATEGORICAL && p.cycle() == ApplicationCycle.FELLOWSHIP_JULY);
        assertThat(catalog.programsIn("131")).hasSize(23).allMatch(p -> p.track() == Track.FELLOWSHIP);
        assertThat(catalog.programsIn("190")).hasSize(44).allMatch(p -> p.track() == Track.FELLOWSHIP);
        assertThat(catalog.programsIn("754"))
                .hasSize(5)
                .allMatch(p -> p.cycle() == ApplicationCycle.FELLOWSHIP_DECEMBER);
        assertThat(catalog.programsIn("756")).hasSize(1);
        assertThat(catalog.programsIn("765"))
                .hasSize(30)
                .allMatch(p -> p.track() == Track.COMBINED && p.cycle() == ApplicationCycle.RESIDENCY_SEPTEMBER);
        assertThat(catalog.programsIn("766")).hasSize(5).allMatch(p -> p.track() == Track.COMBINED);
        assertThat(catalog.programsIn("999")).allMatch(p -> p.track() == Track.TRANSITIONAL);
    }

    @Test
    void whenErasAndAcgmeNameAProgramDifferentlyTheNewerAcgmeNameIsKeptAndTheOtherRecorded() {
        Program ucsf = catalog.findProgram("7650500001").orElseThrow();
        assertThat(ucsf.name()).isEqualTo("University of California (San Francisco)");
        assertThat(ucsf.disagreements())
                .singleElement()
                .asString()
                .contains("University of California (San Francisco) School of Medicine")
                .contains("acgme");
    }

    @Test
    void referenceTablesAreComplete() {
        var reference = catalog.reference();
        assertThat(reference.specialties()).hasSize(133);
        assertThat(reference.matchOutcomes()).hasSize(47 * 4);
        assertThat(reference.matchOutcomes())
                .filteredOn(o -> o.nrmpSpecialty().equals("Pediatrics-Medical Genetics"))
                .allMatch(o -> o.specialtyCode().equals(Optional.of("765")));
        assertThat(reference.findFeeSchedule(2026, "fellowship").orElseThrow().tiers())
                .hasSize(4);
        assertThat(reference.findFeeSchedule(2026, "residency").orElseThrow().tiers())
                .hasSize(2);
        assertThat(reference.oneOffFees())
                .extracting(o -> o.id())
                .containsExactly("usmle-transcript", "ecfmg-eras-token");
        assertThat(reference.findSignalAllowance(2026, "140").orElseThrow().tiered())
                .isTrue();
        assertThat(reference.sources()).extracting(s -> s.id()).contains("eras", "freida", "acgme", "nrmp");
    }

    @Test
    void johnsHopkinsCitizenshipFactIsNotInventedWhenItsProgramIsMissing() {
        assertThat(catalog.programs()).noneMatch(p -> p.citizenshipRestricted().isKnown());
    }
}
