package org.smartpick.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smartpick.core.program.Basis;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.program.Program;

/** What the shipped catalog knows per core specialty: the coverage issue 21 promises, measured on the shipped files. */
class ProgramFactsCoverageTest {
    private static Catalog catalog;
    private static CatalogStats stats;

    @BeforeAll
    static void load() {
        catalog = ShippedCatalog.load();
        stats = CatalogStats.of(catalog, 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"140", "320", "120", "400", "180", "300"})
    void j1VisaIsKnownForNineInTenProgramsOfEachCoreSpecialty(String specialtyCode) {
        CatalogStats.Coverage j1 = stats.coverage().get(specialtyCode).get("visa_j1");
        int programs = stats.bySpecialty().get(specialtyCode);

        assertThat(j1.known())
                .as("J-1 known in %s: %s of %d", specialtyCode, j1, programs)
                .isGreaterThanOrEqualTo((int) Math.ceil(0.9 * programs));
        assertThat(j1.stated() + j1.inferred() + j1.unknown()).isEqualTo(programs);
    }

    @ParameterizedTest
    @ValueSource(strings = {"140", "320", "120", "400", "180", "300"})
    void theNonUsImgInterviewRateIsStatedForMostProgramsOfEachCoreSpecialty(String specialtyCode) {
        CatalogStats.Coverage rate = stats.coverage().get(specialtyCode).get("interview_rate_non_us_img");
        int programs = stats.bySpecialty().get(specialtyCode);
        double share = specialtyCode.equals("300") ? 0.70 : 0.75;

        assertThat(rate.stated())
                .as("non-US IMG interview rate stated in %s: %s of %d", specialtyCode, rate, programs)
                .isGreaterThanOrEqualTo((int) Math.ceil(share * programs));
        assertThat(rate.inferred()).isZero();
    }

    @Test
    void everyCombinedGeneticsProgramCarriesItsCoreProgramsVisaAndImgFacts() {
        Map<String, String> coreOf = ShippedCatalog.combinedCores().stream()
                .collect(java.util.stream.Collectors.toMap(
                        CombinedCore::combinedProgramId, CombinedCore::coreProgramId));
        List<Program> combined = catalog.programs().stream()
                .filter(p ->
                        p.specialtyCode().equals("765") || p.specialtyCode().equals("766"))
                .toList();

        assertThat(combined).hasSizeGreaterThanOrEqualTo(33).allSatisfy(p -> {
            assertThat(coreOf).as("core program of %s %s", p.id(), p.name()).containsKey(p.id());
            for (var fact : List.of(p.j1Visa(), p.h1bVisa(), p.imgSharePct())) {
                assertThat(fact.basis()).as("%s %s", p.id(), fact).isEqualTo(Basis.INFERRED);
                assertThat(fact.inference().orElseThrow().fromProgramId()).isEqualTo(coreOf.get(p.id()));
                assertThat(fact.inference().orElseThrow().describe()).startsWith("inferred from ");
            }
        });
    }

    @Test
    void anInferredFactTakesTheStatedValueOfTheProgramItNames() {
        List<Program> inferredFromOthers = catalog.programs().stream()
                .filter(p -> !p.j1Visa().isStated()
                        && !p.j1Visa().inference().orElseThrow().fromProgramId().equals(p.id()))
                .toList();

        assertThat(inferredFromOthers).isNotEmpty().allSatisfy(p -> {
            Program from = catalog.findProgram(
                            p.j1Visa().inference().orElseThrow().fromProgramId())
                    .orElseThrow();
            assertThat(from.j1Visa().isStated()).isTrue();
            assertThat(p.j1Visa().value()).isEqualTo(from.j1Visa().value());
            assertThat(from.id()).isNotEqualTo(p.id());
        });
    }

    @Test
    void aJ1AnswerInferredFromInterviewsNamesTheRateAndHowOftenTheRuleHolds() {
        List<Program> fromInterviews = catalog.programs().stream()
                .filter(p -> !p.j1Visa().isStated()
                        && p.j1Visa().inference().orElseThrow().fromProgramId().equals(p.id()))
                .toList();

        assertThat(fromInterviews).isNotEmpty().allSatisfy(p -> {
            assertThat(p.j1Visa().value())
                    .isEqualTo(java.util.Optional.of(org.smartpick.core.program.YesNoUnknown.YES));
            assertThat(p.interviewRates().nonUsImg().value().orElseThrow()).isPositive();
            assertThat(p.j1Visa().inference().orElseThrow().reliability()).matches(".*for \\d+ of \\d+ programs.*");
        });
    }

    @Test
    void residencyExplorerSettingsKeepTheSourcesLabel() {
        Program alabamaAnesthesiology = catalog.findProgram("0400121010").orElseThrow();

        assertThat(alabamaAnesthesiology.setting().sourceId()).isEqualTo("residency-explorer");
        assertThat(alabamaAnesthesiology.setting().sourceLabel()).isEqualTo("University Hospital");
        assertThat(alabamaAnesthesiology.residents().usMdPct().value()).contains(94.0);
        assertThat(alabamaAnesthesiology.imgSharePct().value()).contains(1.0);
        assertThat(alabamaAnesthesiology.selectivity().applicationsReceived().value())
                .contains(1096);
        assertThat(alabamaAnesthesiology.selectivity().residentsStep1Range().value())
                .contains("236-245");
    }
}
