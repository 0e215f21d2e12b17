package org.smartpick.app.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartpick.app.recommend.ExampleProfiles;
import org.smartpick.core.chance.Contribution;
import org.smartpick.core.recommend.FactView;
import org.smartpick.core.recommend.ProgramResult;
import org.smartpick.core.recommend.Recommendation;

/**
 * The fast program-result writer must write exactly what Jackson writes for the record by itself, indented (the CLI)
 * and compact (the API), for every example profile and for hostile texts.
 */
class ProgramResultSerializerTest {
    private static final ObjectMapper PLAIN = Json.withoutFastWriters();

    @ParameterizedTest
    @MethodSource("org.smartpick.app.recommend.ExampleProfiles#files")
    void writesEveryExampleAnswerByteForByteAsJacksonWritesTheRecords(Path example) throws IOException {
        assertSameBytes(recommend(example));
    }

    @Test
    void thePersonasAnswerHasProgramsWithEveryPartTheWriterWrites() throws IOException {
        Recommendation persona = recommend(Path.of("../examples/non-us-img-genetics.json"));

        assertThat(persona.programs()).hasSizeGreaterThan(500);
        assertThat(persona.programs()).anySatisfy(p -> {
            assertThat(p.contributions()).isNotEmpty();
            assertThat(p.facts()).isNotEmpty();
            assertThat(p.verify()).isNotEmpty();
            assertThat(p.signal()).isNotNull();
        });
        assertThat(persona.programs()).anySatisfy(p -> assertThat(p.signal()).isNull());
    }

    @Test
    void writesHostileAndMissingTextsAsJacksonDoes() throws IOException {
        String hostile = "quote \" backslash \\ newline \n tab \t nul \u0000 bell \u0007 </script> é 名 \uD83D\uDE00 \u2028";
        List<ProgramResult> programs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            programs.add(new ProgramResult("00000000" + i, hostile + i, hostile, null, null, "140", hostile, "CATEGORICAL",
                    "RESIDENCY", "GOAL", i % 2 == 0, List.of(hostile, "", hostile), -0.0, 1e-9, Double.MIN_VALUE, 1,
                    List.of(new Contribution("f" + i, Double.NEGATIVE_INFINITY, hostile), new Contribution("g", 1.5e300, "")),
                    List.of(hostile, ""), null, i == 1, i == 2, i == 0 ? null : "GOLD",
                    List.of(new FactView(hostile, "", hostile, "2025-03-28", false))));
        }

        assertSameBytes(programs);
    }

    private static void assertSameBytes(Object value) throws IOException {
        assertThat(Json.mapper().writeValueAsString(value)).as("indented, as the CLI writes it")
                .isEqualTo(PLAIN.writeValueAsString(value));
        ObjectWriter plainCompact = PLAIN.writer().without(SerializationFeature.INDENT_OUTPUT)
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        assertThat(new String(Json.compactWriter().writeValueAsBytes(value), StandardCharsets.UTF_8))
                .as("compact, as the API writes it (UTF-8 bytes)")
                .isEqualTo(new String(plainCompact.writeValueAsBytes(value), StandardCharsets.UTF_8));
    }

    private static Recommendation recommend(Path example) throws IOException {
        return ExampleProfiles.recommend(ExampleProfiles.shippedService(), example);
    }
}
