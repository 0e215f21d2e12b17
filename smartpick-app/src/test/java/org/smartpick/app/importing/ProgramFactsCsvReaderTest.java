package org.smartpick.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.smartpick.core.common.Problem;
import org.smartpick.core.program.Fact;
import org.smartpick.core.program.YesNoUnknown;

class ProgramFactsCsvReaderTest {
    static final String HEADER = "acgme_program_id,attribute,value,source,as_of\n";

    @Test
    void readsOneFactPerRowWithItsSourceIdAndDate() {
        Parsed<ProgramUpdate> parsed = ProgramFactsCsvReader.parse(new StringReader(HEADER
                + "1403521292,min_step2_score,230,Program Website,2025-08-01\n"
                + "0400121010,visa_h1b,N,Program Website,2025-08-02\n"));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.items())
                .extracting(ProgramUpdate::facts)
                .containsExactly(
                        List.of(new AttributeFact(
                                "1403521292",
                                Attribute.MIN_STEP2_SCORE,
                                Fact.of(230, "program-website", "2025-08-01"))),
                        List.of(new AttributeFact(
                                "0400121010",
                                Attribute.VISA_H1B,
                                Fact.of(YesNoUnknown.NO, "program-website", "2025-08-02"))));
        assertThat(parsed.items()).extracting(ProgramUpdate::line).containsExactly(2L, 3L);
    }

    @Test
    void unknownRecordsThatTheSourceWasCheckedWithoutAValue() {
        Parsed<ProgramUpdate> parsed = ProgramFactsCsvReader.parse(
                new StringReader(HEADER + "1403521292,max_attempts,unknown,Program Website,2025-08-01\n"));
        assertThat(parsed.items().get(0).facts().get(0).fact())
                .isEqualTo(new Fact<>(Optional.empty(), "program-website", "2025-08-01"));
    }

    @Test
    void reportsEveryProblemWithItsLineAndColumn() {
        Parsed<ProgramUpdate> parsed = ProgramFactsCsvReader.parse(new StringReader(HEADER
                + "140352129,min_step2_score,230,web,2025-08-01\n"
                + "1403521292,min_step2_score,0,web,2025-08-01\n"
                + "1403521292,pct_img,abc,,2025-08-01\n"
                + "1403521292,setting,University-based,web,28/03/2025\n"));
        assertThat(parsed.items()).isEmpty();
        assertThat(parsed.problems())
                .extracting(Problem::field)
                .containsExactly(
                        "line 2, column acgme_program_id",
                        "line 3, column value",
                        "line 4, column source",
                        "line 4, column value",
                        "line 5, column as_of");
    }

    @Test
    void aMissingColumnIsOneProblemOnTheHeaderLine() {
        Parsed<ProgramUpdate> parsed =
                ProgramFactsCsvReader.parse(new StringReader("acgme_program_id,attribute,value\n1,2,3\n"));
        assertThat(parsed.problems())
                .extracting(Problem::field)
                .containsExactly("line 1, column source", "line 1, column as_of");
    }

    @Test
    void lineNumbersCountPhysicalLinesWhenACellSpansLines() {
        Parsed<ProgramUpdate> parsed = ProgramFactsCsvReader.parse(new StringReader(HEADER
                + "1403521292,min_step2_score,230,\"web\nsite\",2025-08-01\n"
                + "1403521292,min_step2_score,999,web,2025-08-01\n"));
        assertThat(parsed.problems()).extracting(Problem::field).containsExactly("line 4, column value");
    }
}
