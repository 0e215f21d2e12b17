package org.smartpick.app.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The texts of one answer, each encoded for JSON once. Programs' ids and names are nearly all different and are
 * written directly; every other text is looked up here. Lives only as long as one call that writes an answer. Serves
 * the generators that {@link CompactAnswerBytes} does not (the CLI's indented one).
 */
final class EncodedTexts {
    /**
     * Marks a text that is written as text each time: one with a character outside the Basic Multilingual Plane,
     * which Jackson's byte writer escapes as a surrogate pair while a pre-encoded text would hold its UTF-8 bytes.
     */
    private static final SerializableString AS_TEXT = new SerializedString("");

    /**
     * Room for the distinct texts of a full answer from the start (the persona's has about 3,300): growing the map
     * from its default size took nine resizes per answer, each moving every text so far.
     */
    private static final int EXPECTED_TEXTS = 4_096;

    private final Map<String, SerializableString> encoded = new HashMap<>(EXPECTED_TEXTS * 4 / 3 + 1);

    void write(JsonGenerator out, SerializableString field, String text) throws IOException {
        out.writeFieldName(field);
        write(out, text);
    }

    void write(JsonGenerator out, String text) throws IOException {
        if (text == null) {
            out.writeNull();
        } else {
            SerializableString once = encoded.computeIfAbsent(text, EncodedTexts::encode);
            if (once == AS_TEXT) {
                out.writeString(text);
            } else {
                out.writeString(once);
            }
        }
    }

    private static SerializableString encode(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return AS_TEXT;
            }
        }
        return new SerializedString(text);
    }

    void writeAll(JsonGenerator out, SerializableString field, List<String> texts) throws IOException {
        out.writeFieldName(field);
        out.writeStartArray();
        for (String text : texts) {
            write(out, text);
        }
        out.writeEndArray();
    }

    /** A text written as it is, not looked up: one nearly every record has its own (ids, names). */
    static void writeUnshared(JsonGenerator out, SerializableString field, String text) throws IOException {
        out.writeFieldName(field);
        if (text == null) {
            out.writeNull();
        } else {
            out.writeString(text);
        }
    }
}
