package org.smartpick.app.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smartpick.core.chance.Contribution;
import org.smartpick.core.recommend.FactView;
import org.smartpick.core.recommend.ProgramResult;

/**
 * Writes a {@link ProgramResult} exactly as Jackson writes the record by itself (same fields, order and values; a
 * test compares the two on every example profile), only faster: the programs are 95% of a full answer (about 1,000 of
 * them, 1.5 MB), and most of their text repeats from program to program (the points to verify, the reasons, the
 * contributions' explanations, the facts' sources: 3,300 distinct strings make up 1 MB of text in the persona's
 * answer). Each distinct text is encoded once per answer and copied as bytes after that, and no field goes through
 * reflection. Measured in docs/benchmarks.md (the JSON benchmarks).
 */
final class ProgramResultSerializer extends StdSerializer<ProgramResult> {
    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString NAME = new SerializedString("name");
    private static final SerializedString INSTITUTION = new SerializedString("institution");
    private static final SerializedString CITY = new SerializedString("city");
    private static final SerializedString STATE = new SerializedString("state");
    private static final SerializedString SPECIALTY_CODE = new SerializedString("specialtyCode");
    private static final SerializedString SPECIALTY_NAME = new SerializedString("specialtyName");
    private static final SerializedString TRACK = new SerializedString("track");
    private static final SerializedString CYCLE = new SerializedString("cycle");
    private static final SerializedString ROLE = new SerializedString("role");
    private static final SerializedString ELIGIBLE = new SerializedString("eligible");
    private static final SerializedString VERIFY = new SerializedString("verify");
    private static final SerializedString P_INTERVIEW = new SerializedString("pInterview");
    private static final SerializedString P_MATCH = new SerializedString("pMatch");
    private static final SerializedString P_MATCH_LOW = new SerializedString("pMatchLow");
    private static final SerializedString P_MATCH_HIGH = new SerializedString("pMatchHigh");
    private static final SerializedString CONTRIBUTIONS = new SerializedString("contributions");
    private static final SerializedString REASONS = new SerializedString("reasons");
    private static final SerializedString TIER = new SerializedString("tier");
    private static final SerializedString PATHWAY = new SerializedString("pathway");
    private static final SerializedString SELECTED = new SerializedString("selected");
    private static final SerializedString SIGNAL = new SerializedString("signal");
    private static final SerializedString FACTS = new SerializedString("facts");
    private static final SerializedString FACTOR = new SerializedString("factor");
    private static final SerializedString LOG_ODDS = new SerializedString("logOdds");
    private static final SerializedString EXPLANATION = new SerializedString("explanation");
    private static final SerializedString ATTRIBUTE = new SerializedString("attribute");
    private static final SerializedString VALUE = new SerializedString("value");
    private static final SerializedString SOURCE = new SerializedString("source");
    private static final SerializedString AS_OF = new SerializedString("asOf");
    private static final SerializedString KNOWN = new SerializedString("known");
    /** The key of one answer's {@link EncodedTexts} among the per-call attributes of Jackson's serializer provider. */
    private static final Object TEXTS_KEY = EncodedTexts.class;

    ProgramResultSerializer() {
        super(ProgramResult.class);
    }

    /**
     * The texts of one answer, each encoded for JSON once. Programs' ids and names are nearly all different and are
     * written directly; every other text is looked up here. Lives only as long as one call that writes an answer.
     */
    private static final class EncodedTexts {
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
    }

    @Override
    public void serialize(ProgramResult program, JsonGenerator out, SerializerProvider provider) throws IOException {
        EncodedTexts texts = (EncodedTexts) provider.getAttribute(TEXTS_KEY);
        if (texts == null) {
            texts = new EncodedTexts();
            provider.setAttribute(TEXTS_KEY, texts);
        }
        out.writeStartObject(program);
        writeUnshared(out, ID, program.id());
        writeUnshared(out, NAME, program.name());
        texts.write(out, INSTITUTION, program.institution());
        texts.write(out, CITY, program.city());
        texts.write(out, STATE, program.state());
        texts.write(out, SPECIALTY_CODE, program.specialtyCode());
        texts.write(out, SPECIALTY_NAME, program.specialtyName());
        texts.write(out, TRACK, program.track());
        texts.write(out, CYCLE, program.cycle());
        texts.write(out, ROLE, program.role());
        writeBoolean(out, ELIGIBLE, program.eligible());
        texts.writeAll(out, VERIFY, program.verify());
        writeNumber(out, P_INTERVIEW, program.pInterview());
        writeNumber(out, P_MATCH, program.pMatch());
        writeNumber(out, P_MATCH_LOW, program.pMatchLow());
        writeNumber(out, P_MATCH_HIGH, program.pMatchHigh());
        out.writeFieldName(CONTRIBUTIONS);
        out.writeStartArray();
        for (Contribution contribution : program.contributions()) {
            out.writeStartObject(contribution);
            texts.write(out, FACTOR, contribution.factor());
            writeNumber(out, LOG_ODDS, contribution.logOdds());
            texts.write(out, EXPLANATION, contribution.explanation());
            out.writeEndObject();
        }
        out.writeEndArray();
        texts.writeAll(out, REASONS, program.reasons());
        texts.write(out, TIER, program.tier());
        writeBoolean(out, PATHWAY, program.pathway());
        writeBoolean(out, SELECTED, program.selected());
        texts.write(out, SIGNAL, program.signal());
        out.writeFieldName(FACTS);
        out.writeStartArray();
        for (FactView fact : program.facts()) {
            out.writeStartObject(fact);
            texts.write(out, ATTRIBUTE, fact.attribute());
            texts.write(out, VALUE, fact.value());
            texts.write(out, SOURCE, fact.source());
            texts.write(out, AS_OF, fact.asOf());
            writeBoolean(out, KNOWN, fact.known());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void writeUnshared(JsonGenerator out, SerializableString field, String text) throws IOException {
        out.writeFieldName(field);
        if (text == null) {
            out.writeNull();
        } else {
            out.writeString(text);
        }
    }

    private static void writeBoolean(JsonGenerator out, SerializableString field, boolean value) throws IOException {
        out.writeFieldName(field);
        out.writeBoolean(value);
    }

    private static void writeNumber(JsonGenerator out, SerializableString field, double value) throws IOException {
        out.writeFieldName(field);
        out.writeNumber(value);
    }
}
