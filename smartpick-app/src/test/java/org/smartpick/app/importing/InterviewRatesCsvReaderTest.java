package org.smartpick.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smartpick.app.importing.InterviewRateRow.Rates;
import org.smartpick.app.importing.InterviewRateRow.SignalSystem;
import org.smartpick.app.importing.InterviewRateRow.Signals;
import org.smartpick.core.common.Problem;

class InterviewRatesCsvReaderTest {
    static final String HEADER = "specialty,acgme_specialty_code,program_name,city,state,census_division,"
            + "acgme_program_id_if_matched,signal_system,signals_allowed_2024,gold_allowed,silver_allowed,irate_signal,"
            + "irate_gold_signal,irate_silver_signal,irate_no_signal,irate_in_state_school,irate_out_of_state_school,"
            + "irate_us_md,irate_us_do,irate_us_img,irate_non_us_img,source\n";
    static final String ALBANY =
            "Anatomic and Clinical Pathology,300,Albany Medical Center Program,Albany,NY,Middle Atlantic,,"
                    + "single,5,,,0.31,,,0.16,0.46,0.17,0.29,0.18,0.12,0.2,datadoc1/signal-analysis\n";

    @Test
    void readsTheProgramItsSignalRulesAndEveryRate() {
        Parsed<InterviewRateRow> parsed = InterviewRatesCsvReader.parse(new StringReader(HEADER + ALBANY));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.items())
                .containsExactly(new InterviewRateRow(
                        2,
                        "300",
                        "Anatomic and Clinical Pathology",
                        "Albany Medical Center Program",
                        "Albany",
                        "NY",
                        Optional.empty(),
                        new Signals(SignalSystem.SINGLE, OptionalInt.of(5), OptionalInt.empty(), OptionalInt.empty()),
                        new Rates(
                                Optional.of(0.29),
                                Optional.of(0.18),
                                Optional.of(0.12),
                                Optional.of(0.2),
                                Optional.of(0.31),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(0.16),
                                Optional.of(0.46),
                                Optional.of(0.17))));
    }

    @Test
    void readsTieredSignalsAndTheIdHint() {
        String row = line(Map.of(
                "acgme_specialty_code",
                "140",
                "acgme_program_id_if_matched",
                "1403521292",
                "signal_system",
                "tiered",
                "signals_allowed_2024",
                "",
                "gold_allowed",
                "3",
                "silver_allowed",
                "15"));

        InterviewRateRow read = InterviewRatesCsvReader.parse(new StringReader(HEADER + row))
                .items()
                .get(0);

        assertThat(read.idHint()).contains("1403521292");
        assertThat(read.signals())
                .isEqualTo(
                        new Signals(SignalSystem.TIERED, OptionalInt.empty(), OptionalInt.of(3), OptionalInt.of(15)));
    }

    @Test
    void aBlankRateIsNotReportedRatherThanZero() {
        String row = line(Map.of("irate_us_img", "", "irate_non_us_img", "0"));

        Rates rates = InterviewRatesCsvReader.parse(new StringReader(HEADER + row))
                .items()
                .get(0)
                .rates();

        assertThat(rates.usImg()).isEmpty();
        assertThat(rates.nonUsImg()).contains(0.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2", "-0.1", "25", "abc"})
    void rejectsARateThatIsNotAProportion(String rate) {
        Parsed<InterviewRateRow> parsed =
                InterviewRatesCsvReader.parse(new StringReader(HEADER + line(Map.of("irate_us_do", rate))));

        assertThat(parsed.items()).isEmpty();
        assertThat(parsed.problems()).extracting(Problem::field).containsExactly("line 2, column irate_us_do");
    }

    @Test
    void aRateAbove1SaysHowToWriteAProportion() {
        Parsed<InterviewRateRow> parsed =
                InterviewRatesCsvReader.parse(new StringReader(HEADER + line(Map.of("irate_us_md", "25"))));

        assertThat(parsed.problems())
                .extracting(Problem::message)
                .containsExactly("must be a proportion from 0 to 1 (0.25 means 25%), was '25'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"40", "0400", "A40", ""})
    void rejectsASpecialtyCodeThatIsNot3Digits(String code) {
        Parsed<InterviewRateRow> parsed =
                InterviewRatesCsvReader.parse(new StringReader(HEADER + line(Map.of("acgme_specialty_code", code))));

        assertThat(parsed.problems()).extracting(Problem::field).containsExactly("line 2, column acgme_specialty_code");
        assertThat(parsed.problems().get(0).message()).startsWith("must be a 3-digit ACGME specialty code");
    }

    @Test
    void anIdHintMustBeAnIdOfTheRowsSpecialty() {
        Parsed<InterviewRateRow> parsed = InterviewRatesCsvReader.parse(new StringReader(HEADER
                + line(Map.of("acgme_program_id_if_matched", "1403521292"))
                + line(Map.of("acgme_program_id_if_matched", "300123"))));

        assertThat(parsed.items()).isEmpty();
        assertThat(parsed.problems())
                .extracting(Problem::field)
                .containsExactly(
                        "line 2, column acgme_program_id_if_matched", "line 3, column acgme_program_id_if_matched");
        assertThat(parsed.problems().get(0).message()).contains("must start with the row's specialty code 300");
    }

    @Test
    void rejectsAStateThatIsNotATwoLetterCode() {
        Parsed<InterviewRateRow> parsed =
                InterviewRatesCsvReader.parse(new StringReader(HEADER + line(Map.of("state", "New York"))));

        assertThat(parsed.problems())
                .containsExactly(new Problem(
                        "line 2, column state", "must be a 2-letter state code in capitals like NY, was 'New York'"));
    }

    @Test
    void rejectsAnUnknownSignalSystemAndANegativeAllowance() {
        Parsed<InterviewRateRow> parsed = InterviewRatesCsvReader.parse(
                new StringReader(HEADER + line(Map.of("signal_system", "gold", "signals_allowed_2024", "-1"))));

        assertThat(parsed.problems())
                .extracting(Problem::field)
                .containsExactly("line 2, column signal_system", "line 2, column signals_allowed_2024");
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderIsALineError() {
        String shifted = ALBANY.replace("Albany Medical Center Program", "Albany Medical Center, Albany Program");

        Parsed<InterviewRateRow> parsed = InterviewRatesCsvReader.parse(new StringReader(HEADER + ALBANY + shifted));

        assertThat(parsed.items()).extracting(InterviewRateRow::line).containsExactly(2L);
        assertThat(parsed.problems())
                .containsExactly(new Problem(
                        "line 3, column 23",
                        "is a cell beyond the header's 22 columns (the row has 23); quote cells that contain commas"));
    }

    @Test
    void aRowWithFewerCellsThanTheHeaderIsALineError() {
        Parsed<InterviewRateRow> parsed = InterviewRatesCsvReader.parse(new StringReader(
                HEADER + "Anatomic and Clinical Pathology,300,Albany Medical Center Program,Albany,NY\n"));

        assertThat(parsed.problems()).extracting(Problem::field).containsExactly("line 2, column census_division");
    }

    @Test
    void aMissingColumnIsAProblemOnTheHeaderLine() {
        Parsed<InterviewRateRow> parsed = InterviewRatesCsvReader.parse(
                new StringReader(HEADER.replace("irate_us_md,", "").replace("state,census", "st,census") + ALBANY));

        assertThat(parsed.items()).isEmpty();
        assertThat(parsed.problems())
                .extracting(Problem::field)
                .containsExactly("line 1, column state", "line 1, column irate_us_md");
    }

    @Test
    void reportsEveryProblemInLineOrder() {
        Parsed<InterviewRateRow> parsed = InterviewRatesCsvReader.parse(new StringReader(HEADER
                + line(Map.of("program_name", ""))
                + ALBANY.replace("Albany,NY", "Albany,NY,extra")
                + line(Map.of("city", "", "irate_no_signal", "2"))));

        assertThat(parsed.items()).isEmpty();
        assertThat(parsed.problems())
                .extracting(Problem::field)
                .containsExactly(
                        "line 2, column program_name",
                        "line 3, column 23",
                        "line 4, column city",
                        "line 4, column irate_no_signal");
    }

    /** One valid row of the format with some cells replaced. */
    static String line(Map<String, String> replaced) {
        String[] columns = HEADER.strip().split(",");
        String[] values = ALBANY.strip().split(",", -1);
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < columns.length; i++) {
            cells.put(columns[i], values[i]);
        }
        cells.putAll(replaced);
        return String.join(",", cells.values()) + "\n";
    }
}
