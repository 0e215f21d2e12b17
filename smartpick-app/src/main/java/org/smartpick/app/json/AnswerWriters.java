package org.smartpick.app.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import org.smartpick.core.recommend.ExcludedProgram;

/**
 * What one answer's many records (its programs and excluded programs) are written with: the bytes encoder when the
 * generator is a plain compact UTF-8 one (the API's), and the generator's text cache for the rest. One per call that
 * writes an answer, kept among the per-call attributes of Jackson's serializer provider.
 */
final class AnswerWriters {
    private static final Object KEY = AnswerWriters.class;

    /** Null when the generator is not one whose output {@link CompactAnswerBytes} reproduces. */
    private final CompactAnswerBytes compact;

    private final EncodedTexts texts = new EncodedTexts();

    private AnswerWriters(JsonGenerator out) {
        compact = writesPlainCompactUtf8(out) ? new CompactAnswerBytes() : null;
    }

    /** The writers of the answer that {@code provider} is writing into {@code out}, made at its first record. */
    static AnswerWriters of(JsonGenerator out, SerializerProvider provider) {
        AnswerWriters writers = (AnswerWriters) provider.getAttribute(KEY);
        if (writers == null) {
            writers = new AnswerWriters(out);
            provider.setAttribute(KEY, writers);
        }
        return writers;
    }

    /**
     * Whether {@code out} writes what {@link CompactAnswerBytes} encodes: Jackson's UTF-8 writer without indentation,
     * extra escapes or number options.
     */
    private static boolean writesPlainCompactUtf8(JsonGenerator out) {
        return out instanceof UTF8JsonGenerator
                && out.getPrettyPrinter() == null
                && out.getCharacterEscapes() == null
                && out.getHighestEscapedChar() == 0
                && !out.isEnabled(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS.mappedFeature())
                && out.isEnabled(JsonWriteFeature.WRITE_NAN_AS_STRINGS.mappedFeature())
                && !out.isEnabled(StreamWriteFeature.USE_FAST_DOUBLE_WRITER.mappedFeature());
    }

    /** Whether the program is now encoded in {@link #compact()}; false leaves it to the generator. */
    boolean encoded(ProgramWire program) {
        return compact != null && compact.encode(program);
    }

    /** Whether the excluded program is now encoded in {@link #compact()}; false leaves it to the generator. */
    boolean encoded(ExcludedProgram excluded) {
        return compact != null && compact.encode(excluded);
    }

    /** The record last encoded, to write raw. */
    CompactAnswerBytes compact() {
        return compact;
    }

    EncodedTexts texts() {
        return texts;
    }
}
