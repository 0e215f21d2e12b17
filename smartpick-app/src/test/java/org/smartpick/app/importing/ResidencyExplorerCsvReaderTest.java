package org.smartpick.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.smartpick.core.common.Problem;
import org.smartpick.core.program.Fact;
import org.smartpick.core.program.Setting;
import org.smartpick.core.program.YesNoUnknown;

class ResidencyExplorerCsvReaderTest {
    private static final String HEADER = String.join(",", ResidencyExplorerCsvReader.COLUMNS) + "\n";

    private static Map<Attribute, Fact<?>> factsOf(ProgramUpdate update) {
        return update.facts().stream().collect(Collectors.toMap(AttributeFact::attribute, AttributeFact::fact));
    }

    @Test
    void readsVisasSharesSizeAndSelectivityAsFactsOfTheSourceAndDate() {
        Parsed<ProgramUpdate> parsed = ResidencyExplorerCsvReader.parse(
                new StringReader(HEADER
                        + "0400121010,,University of Alabama Medical Center Program,AL,Affiliated Hospital,,21,3,1096,16.2,No,Yes,"
                        + "60,5,10,25,236-245,2.5,12\n"),
                "residency-explorer",
                "2021-07-01");

        assertThat(parsed.problems()).isEmpty();
        Map<Attribute, Fact<?>> facts = factsOf(parsed.items().get(0));
        assertThat(facts.get(Attribute.FIRST_YEAR_POSITIONS).value()).isEqualTo(java.util.Optional.of(21));
        assertThat(facts.get(Attribute.ADVANCED_POSITIONS).value()).isEqualTo(java.util.Optional.of(3));
        assertThat(facts.get(Attribute.VISA_J1).value()).isEqualTo(java.util.Optional.of(YesNoUnknown.NO));
        assertThat(facts.get(Attribute.VISA_H1B).value()).isEqualTo(java.util.Optional.of(YesNoUnknown.YES));
        assertThat(facts.get(Attribute.SETTING).value())
                .isEqualTo(java.util.Optional.of(Setting.COMMUNITY_UNIVERSITY_AFFILIATED));
        assertThat(facts.get(Attribute.SETTING).sourceLabel()).isEqualTo("Affiliated Hospital");
        assertThat(facts.get(Attribute.PCT_IMG).value()).isEqualTo(java.util.Optional.of(35.0));
        assertThat(facts.get(Attribute.PCT_APPLICANTS_INTERVIEWED).value()).isEqualTo(java.util.Optional.of(16.2));
        assertThat(facts.get(Attribute.RESIDENTS_STEP1_RANGE).value()).isEqualTo(java.util.Optional.of("236-245"));
        assertThat(facts.values()).allSatisfy(f -> {
            assertThat(f.sourceId()).isEqualTo("residency-explorer");
            assertThat(f.asOf()).isEqualTo("2021-07-01");
            assertThat(f.isStated()).isTrue();
        });
    }

    @Test
    void theCategoricalRowSpeaksForAProgramSplitIntoTracks() {
        Parsed<ProgramUpdate> parsed = ResidencyExplorerCsvReader.parse(
                new StringReader(HEADER
                        + "1400111024,P,USA Health Program,AL,University Hospital,19,,,900,10,Yes,No,21,10,20,49,,,\n"
                        + "1400111024,C,USA Health Program,AL,University Hospital,14,,,900,10,Yes,No,21,10,20,49,,,\n"),
                "residency-explorer",
                "2021-07-01");

        assertThat(parsed.items()).hasSize(1);
        assertThat(factsOf(parsed.items().get(0))
                        .get(Attribute.FIRST_YEAR_POSITIONS)
                        .value())
                .isEqualTo(java.util.Optional.of(14));
    }

    @Test
    void blankCellsSayNothingAndOtherSettingsAreUnknown() {
        Parsed<ProgramUpdate> parsed = ResidencyExplorerCsvReader.parse(
                new StringReader(HEADER + "0400121010,,X Program,AL,Other,,,,,,,,,,,,,,\n"),
                "residency-explorer",
                "2021-07-01");

        assertThat(parsed.problems()).isEmpty();
        assertThat(factsOf(parsed.items().get(0)).values())
                .allSatisfy(f -> assertThat(f.isKnown()).isFalse());
        assertThat(factsOf(parsed.items().get(0)).get(Attribute.SETTING).sourceLabel())
                .isEqualTo("Other");
    }

    @Test
    void reportsEveryBadCellWithItsLineAndColumn() {
        Parsed<ProgramUpdate> parsed = ResidencyExplorerCsvReader.parse(
                new StringReader(HEADER
                        + "040012101,X,A Program,AL,University Hospital,,21,,many,16.2,Maybe,Yes,160,5,1,0,230,,\n"),
                "residency-explorer",
                "2021-07-01");

        assertThat(parsed.problems())
                .extracting(Problem::field)
                .containsExactlyInAnyOrder(
                        "line 2, column acgme_program_id",
                        "line 2, column nrmp_track",
                        "line 2, column applications_2021",
                        "line 2, column considers_j1",
                        "line 2, column pct_residents_us_md",
                        "line 2, column residents_usmle_step1_avg_range");
        assertThat(parsed.problems())
                .extracting(Problem::message)
                .allSatisfy(m -> assertThat(m).contains("must be"));
    }
}
