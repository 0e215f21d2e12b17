package org.smartpick.app.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdDelegatingSerializer;
import com.fasterxml.jackson.databind.util.StdConverter;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.recommend.ExcludedProgram;
import org.smartpick.core.recommend.ProgramResult;
import org.smartpick.core.recommend.Recommendation;
import org.smartpick.core.recommend.Summary;

/**
 * The one Jackson configuration SmartPick uses: records, Optional, java.time; sorted map keys for stable output; and a
 * faster writer for the program results and excluded programs that fill most of an answer
 * ({@link ProgramResultSerializer}, {@link ExcludedProgramSerializer}).
 */
public final class Json {
    private static final ObjectMapper MAPPER = configured()
            .addModule(new SimpleModule("smartpick-program-results")
                    .addSerializer(ProgramResult.class, new ProgramResultSerializer())
                    .addSerializer(ExcludedProgram.class, new ExcludedProgramSerializer()))
            .build();

    /**
     * The same configuration without indentation (API answers are read by programs, and whitespace was ~16% of them)
     * that leaves a stream it writes to open: the web server closes the response it owns.
     */
    private static final ObjectWriter COMPACT = MAPPER.writer()
            .without(SerializationFeature.INDENT_OUTPUT)
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private Json() {}

    /**
     * The same configuration without the writers SmartPick adds for speed; each writes what this mapper writes by
     * itself, which tests check.
     */
    static ObjectMapper withoutFastWriters() {
        return configured().build();
    }

    private static JsonMapper.Builder configured() {
        return JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(JsonNumbers.module())
                .addModule(new SimpleModule("smartpick-program-wire")
                        .addSerializer(ProgramResult.class, new StdDelegatingSerializer(new ToWire())))
                .addMixIn(Recommendation.class, AnswerOrder.OfRecommendation.class)
                .addMixIn(Summary.class, AnswerOrder.OfSummary.class)
                .addMixIn(Catalog.class, CatalogShape.class)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // Records expose helper methods such as Fact.isKnown(); only components are data.
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);
    }

    /** A program result as the answer's JSON holds it ({@link ProgramWire}). */
    private static final class ToWire extends StdConverter<ProgramResult, ProgramWire> {
        @Override
        public ProgramWire convert(ProgramResult program) {
            return ProgramWire.of(program);
        }
    }

    /** A writer for machine-read answers (the HTTP API): same fields and order as {@link #mapper()}, no indentation. */
    public static ObjectWriter compactWriter() {
        return COMPACT;
    }

    /** The shared, thread-safe mapper; do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
