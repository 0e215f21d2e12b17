package org.smartpick.app.importing;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toCollection;
import static java.util.stream.Collectors.toMap;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.ResearchIntensity.MatchBasis;

/** Checks the shipped crosswalk against the NSF HERD table, the genetics crosswalk and the catalog's names. */
class SponsorHerdCrosswalkTest {
    private static List<SponsorHerdRow> crosswalk;
    private static Map<String, CsvRow> herdByInstitution;
    private static List<CsvRow> geneticsCrosswalk;

    @BeforeAll
    static void read() {
        Parsed<SponsorHerdRow> parsed = SponsorHerdCsvReader.parse(open(SponsorHerdJoin.CROSSWALK_FILE));
        assertThat(parsed.problems()).isEmpty();
        crosswalk = parsed.items();
        herdByInstitution = CsvTable.read(open(SponsorHerdJoin.HERD_FILE), List.of("institution")).items().stream()
                .collect(toMap(r -> r.text("institution"), r -> r));
        geneticsCrosswalk = CsvTable.read(
                        open("programs/mgg_sponsor_to_herd_crosswalk.csv"),
                        List.of("sponsor_name", "state", "herd_institution", "match_basis"))
                .items();
    }

    static Reader open(String file) {
        return new InputStreamReader(
                Objects.requireNonNull(SponsorHerdCrosswalkTest.class.getResourceAsStream("/data/" + file), file),
                StandardCharsets.UTF_8);
    }

    @Test
    void theCrosswalkHas330RowsMostlyTheUniversityItself() {
        assertThat(herdByInstitution).hasSize(162);
        assertThat(crosswalk.stream().collect(groupingBy(SponsorHerdRow::matchBasis, counting())))
                .isEqualTo(Map.of(
                        MatchBasis.SAME_UNIVERSITY,
                        285L,
                        MatchBasis.UNIVERSITY_HOSPITAL_OF,
                        37L,
                        MatchBasis.AFFILIATION_INFERRED,
                        8L));
    }

    @Test
    void everyRowsHerdInstitutionAndFiguresAreTheNsfFiles() {
        assertThat(crosswalk).allSatisfy(row -> {
            CsvRow herd = herdByInstitution.get(row.herdInstitution());
            assertThat(herd).as(row.herdInstitution()).isNotNull();
            assertThat(row.medicalSchoolRdThousandUsd())
                    .as(row.institution())
                    .isEqualTo(Long.parseLong(herd.text("medical_school_rd_expenditures_kusd")));
            assertThat(row.rank())
                    .as(row.institution())
                    .isEqualTo(Integer.parseInt(herd.text("rank_by_medical_school_rd")));
        });
    }

    @Test
    void aHerdUniversityIsNeverGivenToSponsorsInTwoStatesUnlessByAffiliation() {
        Map<String, Set<String>> statesByHerd = crosswalk.stream()
                .filter(r -> r.matchBasis() != MatchBasis.AFFILIATION_INFERRED)
                .collect(groupingBy(
                        SponsorHerdRow::herdInstitution, mapping(SponsorHerdRow::state, toCollection(TreeSet::new))));
        assertThat(statesByHerd)
                .allSatisfy((herd, states) -> assertThat(states).as(herd).hasSize(1));
    }

    @Test
    void everyInstitutionIsSpelledAsTheCatalogNormalisesItInThatState() {
        Set<String> catalog = ShippedCatalogHolder.programs().stream()
                .map(p -> p.institution() + "|" + p.state())
                .collect(toSet());
        assertThat(crosswalk).allSatisfy(row -> assertThat(catalog).contains(row.institution() + "|" + row.state()));
    }

    @Test
    void everyGeneticsCrosswalkRowWithAHerdUniversityIsKeptWithThatUniversity() {
        List<CsvRow> joined = geneticsCrosswalk.stream()
                .filter(r -> !r.text("herd_institution").isEmpty())
                .toList();
        assertThat(joined).hasSize(41).allSatisfy(g -> {
            SponsorHerdRow row = crosswalk.stream()
                    .filter(r -> r.institution().equals(g.text("sponsor_name"))
                            && r.state().equals(g.text("state")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("missing " + g.text("sponsor_name")));
            assertThat(row.herdInstitution()).isEqualTo(g.text("herd_institution"));
            assertThat(row.matchBasis() == MatchBasis.AFFILIATION_INFERRED)
                    .as(row.institution())
                    .isEqualTo(g.text("match_basis").startsWith("affiliation inferred"));
        });
    }

    @Test
    void anAffiliationComesOnlyFromTheGeneticsCrosswalk() {
        Set<String> genetics = geneticsCrosswalk.stream()
                .map(g -> g.text("sponsor_name") + "|" + g.text("state"))
                .collect(toSet());
        assertThat(crosswalk.stream().filter(r -> r.matchBasis() == MatchBasis.AFFILIATION_INFERRED))
                .allSatisfy(r -> assertThat(genetics).contains(r.institution() + "|" + r.state()));
    }

    @Test
    void sponsorsTheGeneticsCrosswalkFoundOutsideHerdStayOut() {
        Set<String> institutions =
                crosswalk.stream().map(SponsorHerdRow::institution).collect(toSet());
        assertThat(institutions)
                .doesNotContain(
                        "National Institutes of Health Clinical Center",
                        "Mayo Clinic College of Medicine and Science (Rochester)",
                        "Memorial Sloan Kettering Cancer Center",
                        "Greenwood Genetic Center",
                        "National Human Genome Research Institute/Children's National Medical Center");
    }

    /** The shipped catalog, loaded once for the tests of this package that need it. */
    static final class ShippedCatalogHolder {
        private static List<Program> programs;

        static synchronized List<Program> programs() {
            if (programs == null) {
                programs = ShippedCatalog.load().programs();
            }
            return programs;
        }
    }
}
