package org.smartpick.app.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.smartpick.core.chance.Contribution;
import org.smartpick.core.eligibility.Condition;
import org.smartpick.core.recommend.FactView;
import org.smartpick.core.recommend.ProgramResult;

/**
 * Writes a {@link ProgramResult} exactly as Jackson writes the record by itself (same fields, order and values; a
 * test compares the two on every example profile), only faster: the programs are 95% of a full answer (about 1,000 of
 * them, 1.5 MB), and most of their text repeats from program to program (the points to verify, the reasons, the
 * contributions' explanations, the facts' sources: 3,300 distinct strings make up 1 MB of text in the persona's
 * answer). No field goes through reflection. Compact UTF-8 answers (the API's) are encoded by
 * {@link CompactAnswerBytes} and written raw; any other generator (the CLI's indented one) gets the fields one by one,
 * each distinct text encoded once per answer and copied as bytes after that. Measured in docs/benchmarks.md (the JSON
 * benchmarks).
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
    private static final SerializedString CONDITIONS = new SerializedString("conditions");
    private static final SerializedString KIND = new SerializedString("kind");
    private static final SerializedString BY = new SerializedString("by");
    private static final SerializedString WHY = new SerializedString("why");
    private static final SerializedString VERIFY = new SerializedString("verify");
    private static final SerializedString P_INTERVIEW = new SerializedString("pInterview");
    private static final SerializedString P_MATCH = new SerializedString("pMatch");
    private static final SerializedString P_MATCH_LOW = new SerializedString("pMatchLow");
    private static final SerializedString P_MATCH_HIGH = new SerializedString("pMatchHigh");
    private static final SerializedString CONTRIBUTIONS = new SerializedString("contributions");
    private static final SerializedString REASONS = new SerializedString("reasons");
    private static final SerializedString TIER = new SerializedString("tier");
    private static final SerializedString TIER_REASON = new SerializedString("tierReason");
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
    private static final SerializedString BASIS = new SerializedString("basis");
    private static final SerializedString NOTE = new SerializedString("note");

    ProgramResultSerializer() {
        super(ProgramResult.class);
    }

    @Override
    public void serialize(ProgramResult program, JsonGenerator out, SerializerProvider provider) throws IOException {
        AnswerWriters writers = AnswerWriters.of(out, provider);
        if (writers.encoded(program)) {
            writers.compact().writeTo(out);
        } else {
            writeThroughGenerator(program, out, writers.texts());
        }
    }

    private static void writeThroughGenerator(ProgramResult program, JsonGenerator out, EncodedTexts texts)
            throws IOException {
        out.writeStartObject(program);
        EncodedTexts.writeUnshared(out, ID, program.id());
        EncodedTexts.writeUnshared(out, NAME, program.name());
        texts.write(out, INSTITUTION, program.institution());
        texts.write(out, CITY, program.city());
        texts.write(out, STATE, program.state());
        texts.write(out, SPECIALTY_CODE, program.specialtyCode());
        texts.write(out, SPECIALTY_NAME, program.specialtyName());
        texts.write(out, TRACK, program.track());
        texts.write(out, CYCLE, program.cycle());
        texts.write(out, ROLE, program.role());
        writeBoolean(out, ELIGIBLE, program.eligible());
        out.writeFieldName(CONDITIONS);
        out.writeStartArray();
        for (Condition condition : program.conditions()) {
            out.writeStartObject(condition);
            texts.write(out, KIND, condition.kind().name());
            EncodedTexts.writeUnshared(out, BY, condition.by().toString());
            texts.write(out, WHY, condition.why());
            out.writeEndObject();
        }
        out.writeEndArray();
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
        EncodedTexts.writeUnshared(out, TIER_REASON, program.tierReason());
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
            texts.write(out, BASIS, fact.basis() == null ? null : fact.basis().name());
            texts.write(out, NOTE, fact.note());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void writeBoolean(JsonGenerator out, SerializableString field, boolean value) throws IOException {
        out.writeFieldName(field);
        out.writeBoolean(value);
    }

    private static void writeNumber(JsonGenerator out, SerializableString field, double value) throws IOException {
        out.writeFieldName(field);
        out.writeNumber(JsonNumbers.rounded(value));
    }
}
