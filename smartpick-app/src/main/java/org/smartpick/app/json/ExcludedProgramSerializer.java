package org.smartpick.app.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.smartpick.core.recommend.ExcludedProgram;
import org.smartpick.core.recommend.Reason;

/**
 * Writes an {@link ExcludedProgram} exactly as Jackson writes the record by itself (a test compares the two), without
 * reflection: a profile that rules most of its specialty out (a visa no program there sponsors) has hundreds of them,
 * 95% of its answer. The API's compact answers encode them as bytes ({@link CompactAnswerBytes}).
 */
final class ExcludedProgramSerializer extends StdSerializer<ExcludedProgram> {
    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString NAME = new SerializedString("name");
    private static final SerializedString SPECIALTY_CODE = new SerializedString("specialtyCode");
    private static final SerializedString CITY = new SerializedString("city");
    private static final SerializedString STATE = new SerializedString("state");
    private static final SerializedString REASONS = new SerializedString("reasons");
    private static final SerializedString RULE = new SerializedString("rule");
    private static final SerializedString MESSAGE = new SerializedString("message");

    ExcludedProgramSerializer() {
        super(ExcludedProgram.class);
    }

    @Override
    public void serialize(ExcludedProgram excluded, JsonGenerator out, SerializerProvider provider) throws IOException {
        AnswerWriters writers = AnswerWriters.of(out, provider);
        if (writers.encoded(excluded)) {
            writers.compact().writeTo(out);
            return;
        }
        EncodedTexts texts = writers.texts();
        out.writeStartObject(excluded);
        EncodedTexts.writeUnshared(out, ID, excluded.id());
        EncodedTexts.writeUnshared(out, NAME, excluded.name());
        texts.write(out, SPECIALTY_CODE, excluded.specialtyCode());
        texts.write(out, CITY, excluded.city());
        texts.write(out, STATE, excluded.state());
        out.writeFieldName(REASONS);
        out.writeStartArray();
        for (Reason reason : excluded.reasons()) {
            out.writeStartObject(reason);
            texts.write(out, RULE, reason.rule());
            texts.write(out, MESSAGE, reason.message());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }
}
