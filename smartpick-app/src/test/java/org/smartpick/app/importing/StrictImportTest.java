package org.smartpick.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.smartpick.core.common.Problem;

/** Rows that would pass silently before: more cells than the header names, or a fact dated in the future. */
class StrictImportTest {
    @Test
    void aRowWithMoreCellsThanTheHeaderIsALineError() {
        Parsed<ProgramUpdate> parsed = ProgramFactsCsvReader.parse(new StringReader(ProgramFactsCsvReaderTest.HEADER
                + "1403521292,min_step2_score,230,Program Website,2025-08-01\n"
                + "1403521292,pct_img,12,5,Program Website,2025-08-01\n"));

        assertThat(parsed.problems()).extracting(Problem::field).contains("line 3");
        assertThat(parsed.problems())
                .filteredOn(p -> p.field().equals("line 3"))
                .first()
                .extracting(Problem::message)
                .asString()
                .contains("6 cells", "5 columns", "quote");
    }

    @Test
    void aFactDatedAfterTodayIsALineError() {
        String tomorrowButOne = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
        Parsed<ProgramUpdate> parsed = ProgramFactsCsvReader.parse(new StringReader(ProgramFactsCsvReaderTest.HEADER
                + "1403521292,min_step2_score,230,Program Website," + tomorrowButOne + "\n"
                + "1403521292,min_step2_score,230,Program Website,2025-02-30\n"));

        assertThat(parsed.problems())
                .extracting(Problem::field)
                .containsExactly("line 2, column as_of", "line 3, column as_of");
        assertThat(parsed.problems().get(0).message()).contains("in the future", tomorrowButOne);
        assertThat(parsed.problems().get(1).message()).contains("real calendar date");
        assertThat(parsed.items()).isEmpty();
    }

    @Test
    void todayIsNotTheFuture() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Parsed<ProgramUpdate> parsed = ProgramFactsCsvReader.parse(new StringReader(
                ProgramFactsCsvReaderTest.HEADER + "1403521292,min_step2_score,230,Program Website," + today + "\n"));

        assertThat(parsed.problems()).isEmpty();
    }
}
