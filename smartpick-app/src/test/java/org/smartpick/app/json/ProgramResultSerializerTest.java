package org.smartpick.app.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartpick.app.recommend.ExampleProfiles;
import org.smartpick.core.applicant.TargetRole;
import org.smartpick.core.chance.Contribution;
import org.smartpick.core.eligibility.Condition;
import org.smartpick.core.eligibility.ConditionKind;
import org.smartpick.core.optimize.SignalKind;
import org.smartpick.core.program.ApplicationCycle;
import org.smartpick.core.program.Basis;
import org.smartpick.core.program.Track;
import org.smartpick.core.recommend.ExcludedProgram;
import org.smartpick.core.recommend.FactView;
import org.smartpick.core.recommend.ProgramResult;
import org.smartpick.core.recommend.Reason;
import org.smartpick.core.recommend.Recommendation;
import org.smartpick.core.tiers.Tier;

/**
 * The fast writers of program results and excluded programs must write exactly what Jackson writes for the records by
 * themselves, indented (the CLI) and compact (the API, encoded as bytes), for every example profile and for hostile
 * texts and numbers.
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
            assertThat(p.signal()).isPresent();
        });
        assertThat(persona.programs()).anySatisfy(p -> assertThat(p.signal()).isEmpty());
        CompactAnswerBytes encoder = new CompactAnswerBytes();
        assertThat(persona.programs())
                .as("the API writes every program as encoded bytes")
                .allSatisfy(p -> assertThat(encoder.encode(ProgramWire.of(p))).isTrue());
    }

    @Test
    void writesHostileAndMissingTextsAsJacksonDoes() throws IOException {
        String hostile =
                "quote \" backslash \\ newline \n tab \t nul \u0000 bell \u0007 </script> é 名 \uD83D\uDE00 \u2028";
        List<ProgramResult> programs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            programs.add(new ProgramResult(
                    "00000000" + i,
                    hostile + i,
                    hostile,
                    null,
                    null,
                    "140",
                    hostile,
                    Track.CATEGORICAL,
                    ApplicationCycle.RESIDENCY_SEPTEMBER,
                    TargetRole.GOAL,
                    i == 1
                            ? List.of()
                            : List.of(new Condition(ConditionKind.STEP3_PASSED, LocalDate.of(2028, 2, 23), hostile)),
                    List.of(hostile, "", hostile),
                    -0.0,
                    1e-9,
                    Double.MIN_VALUE,
                    1,
                    List.of(
                            new Contribution("f" + i, Double.NEGATIVE_INFINITY, hostile),
                            new Contribution("g", 1.5e300, "")),
                    List.of(hostile, ""),
                    Tier.SAFETY,
                    hostile,
                    i == 1,
                    i == 2,
                    i == 0 ? Optional.empty() : Optional.of(SignalKind.GOLD),
                    List.of(new FactView(hostile, "", hostile, "2025-03-28", false, Basis.INFERRED, hostile))));
        }

        assertSameBytes(programs);
    }

    @Test
    void encodesHostileTextsAndEveryKindOfNumberInBytesAsJacksonDoes() throws IOException {
        String hostile = "quote \" backslash \\ slash / newline \n tab \t cr \r ff \f bs \b nul \u0000 bell \u0007 "
                + "us \u001f del \u007f </script> é ß \u07ff \u0800 名 \u2028 \ufffd";
        double[] numbers = {
            0,
            -0.0,
            1,
            0.5,
            0.1872,
            0.0001,
            0.00012,
            1e-5,
            0.99995,
            1.0001,
            -0.3,
            2.5,
            1.4000000000000001,
            0.05746498333698851,
            1e300,
            Double.MIN_VALUE,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY
        };
        List<ProgramWire> programs = new ArrayList<>();
        for (int i = 0; i < numbers.length; i++) {
            double p = numbers[i];
            String fresh = new String(hostile.toCharArray());
            programs.add(new ProgramWire(
                    "10000000" + i,
                    hostile + i,
                    hostile,
                    i % 3 == 0 ? null : fresh,
                    "NY",
                    "140",
                    fresh,
                    "CATEGORICAL",
                    "RESIDENCY",
                    "GOAL",
                    i % 2 == 0,
                    i % 2 == 0
                            ? List.of()
                            : List.of(
                                    new Condition(ConditionKind.ECFMG_CERTIFIED, LocalDate.of(2028, 7, 1), fresh),
                                    new Condition(ConditionKind.STEP2CK_SCORE, LocalDate.of(2027, 9, 22), hostile)),
                    List.of(hostile, "", fresh),
                    p,
                    numbers[(i + 1) % numbers.length],
                    numbers[(i + 2) % numbers.length],
                    Math.round(p * 10_000) / 10_000.0,
                    i % 4 == 0
                            ? List.of()
                            : List.of(new Contribution("f" + i, p, hostile), new Contribution("g", -p, fresh)),
                    List.of(hostile, fresh, ""),
                    i % 5 == 0 ? null : "Reach",
                    i % 5 == 0 ? null : fresh,
                    i == 1,
                    i == 2,
                    i % 2 == 0 ? null : "GOLD",
                    i % 3 == 1
                            ? List.of()
                            : List.of(
                                    new FactView(hostile, fresh, hostile, null, false, null, null),
                                    new FactView("positions", "13", "NRMP", "2025-03-28", true, Basis.STATED, ""))));
        }
        CompactAnswerBytes encoder = new CompactAnswerBytes();
        for (ProgramWire program : programs) {
            assertThat(encoder.encode(program))
                    .as("program %s has no surrogate", program.id())
                    .isTrue();
            assertThat(encoder.encoded())
                    .as("program %s", program.id())
                    .isEqualTo(plainCompact().writeValueAsBytes(program));
        }
    }

    @Test
    void writesRecordsLargerThanTheGeneratorsBufferWhole() throws IOException {
        List<ProgramResult> programs = new ArrayList<>();
        for (int size : new int[] {2_047, 2_048, 2_049, 7_999, 8_000, 100_003}) {
            String big = "é".repeat(size / 3) + "x".repeat(size - size / 3);
            programs.add(new ProgramResult(
                    "1" + size,
                    big,
                    "Inst",
                    "City",
                    "NY",
                    "140",
                    "Internal Medicine",
                    Track.CATEGORICAL,
                    ApplicationCycle.RESIDENCY_SEPTEMBER,
                    TargetRole.GOAL,
                    List.of(),
                    List.of(big),
                    0.1,
                    0.05,
                    0.01,
                    0.2,
                    List.of(),
                    List.of("Reach", big),
                    Tier.REACH,
                    big,
                    false,
                    true,
                    Optional.empty(),
                    List.of()));
        }

        assertSameBytes(programs);
    }

    @Test
    void leavesAProgramWithASurrogateToTheGeneratorAmongEncodedOnes() throws IOException {
        ProgramResult plain = new ProgramResult(
                "1000000000",
                "Plain program",
                "Inst",
                "City",
                "NY",
                "140",
                "Internal Medicine",
                Track.CATEGORICAL,
                ApplicationCycle.RESIDENCY_SEPTEMBER,
                TargetRole.GOAL,
                List.of(),
                List.of("verify"),
                0.1,
                0.05,
                0.01,
                0.2,
                List.of(),
                List.of("Reach"),
                Tier.REACH,
                "top-tier academic centre",
                false,
                true,
                Optional.empty(),
                List.of());
        ProgramResult emoji = new ProgramResult(
                "1000000001",
                "Program \uD83D\uDE00",
                "Inst",
                "City",
                "NY",
                "140",
                "Internal Medicine",
                Track.CATEGORICAL,
                ApplicationCycle.RESIDENCY_SEPTEMBER,
                TargetRole.GOAL,
                List.of(),
                List.of(),
                0.1,
                0.05,
                0.01,
                0.2,
                List.of(),
                List.of("lone \uD800 surrogate"),
                Tier.REACH,
                "lone \uDC00 surrogate",
                false,
                true,
                Optional.empty(),
                List.of());

        assertThat(new CompactAnswerBytes().encode(ProgramWire.of(emoji))).isFalse();
        assertSameBytes(List.of(plain, emoji, plain, emoji));
    }

    @Test
    void writesExcludedProgramsAsJacksonDoesEncodedOrNot() throws IOException {
        String hostile = "quote \" backslash \\ newline \n nul \u0000 é 名 \u2028";
        List<ExcludedProgram> excluded = List.of(
                new ExcludedProgram(
                        "1000000000",
                        hostile,
                        "140",
                        null,
                        "NY",
                        List.of(new Reason("visa.sponsorship", hostile), new Reason(null, ""))),
                new ExcludedProgram(
                        "1000000001",
                        "Program \uD83D\uDE00",
                        "140",
                        "City",
                        null,
                        List.of(new Reason("visa.sponsorship", hostile))),
                new ExcludedProgram("1000000002", new String(hostile.toCharArray()), null, "City", "NY", List.of()));

        assertThat(new CompactAnswerBytes().encode(excluded.get(0))).isTrue();
        assertThat(new CompactAnswerBytes().encode(excluded.get(1)))
                .as("a surrogate")
                .isFalse();
        assertSameBytes(excluded);
    }

    @Test
    void theH1bReapplicantsAnswerIsMostlyExcludedProgramsTheWriterEncodes() throws IOException {
        Recommendation answer = recommend(Path.of("../examples/non-us-img-h1b-reapplicant.json"));

        assertThat(answer.excluded()).hasSizeGreaterThan(100);
        CompactAnswerBytes encoder = new CompactAnswerBytes();
        assertThat(answer.excluded())
                .allSatisfy(e -> assertThat(encoder.encode(e)).isTrue());
    }

    private static ObjectWriter plainCompact() {
        return PLAIN.writer()
                .without(SerializationFeature.INDENT_OUTPUT)
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    private static void assertSameBytes(Object value) throws IOException {
        assertThat(Json.mapper().writeValueAsString(value))
                .as("indented, as the CLI writes it")
                .isEqualTo(PLAIN.writeValueAsString(value));
        byte[] compact = Json.compactWriter().writeValueAsBytes(value);
        byte[] expected = plainCompact().writeValueAsBytes(value);
        assertThat(new String(compact, StandardCharsets.UTF_8))
                .as("compact, as the API writes it (UTF-8 bytes)")
                .isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(compact).as("compact, byte for byte").isEqualTo(expected);
    }

    private static Recommendation recommend(Path example) throws IOException {
        return ExampleProfiles.recommend(ExampleProfiles.shippedService(), example);
    }
}
