package org.smartpick.app.json;

import static org.smartpick.app.json.JsonBytes.ascii;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import org.smartpick.core.chance.Contribution;
import org.smartpick.core.eligibility.Condition;
import org.smartpick.core.recommend.ExcludedProgram;
import org.smartpick.core.recommend.FactView;
import org.smartpick.core.recommend.Reason;

/**
 * One of the records that fill an answer ({@link ProgramWire}, {@link ExcludedProgram}) as compact JSON, encoded
 * straight into bytes: the same bytes Jackson's UTF-8 writer produces for the record without indentation (same fields,
 * order, escapes and number format; tests compare the two), handed to the generator as one raw value. Under load this
 * was the server's largest single cost: writing the programs through the generator checked the output context before
 * every value and went through a text cache that hashed each freshly built text twice; excluded programs went through
 * reflection (29% of the server's samples).
 * <p>
 * This class knows the answer's fields and their order; {@link JsonBytes} writes the texts and numbers. A text with a
 * surrogate is not encoded here: {@link #encode} reports it and the caller writes that program through the generator.
 * <p>
 * One instance serves one answer and is not thread-safe; it holds the record encoded last. Texts and contributions
 * that appear a second time as the same object (the shared reasons, points to verify, explanations and facts; the
 * applicant's own terms of the chance model) are encoded once and copied after that.
 */
final class CompactAnswerBytes {
    private static final byte[] ID = ascii("{\"id\":");
    private static final byte[] NAME = ascii(",\"name\":");
    private static final byte[] INSTITUTION = ascii(",\"institution\":");
    private static final byte[] CITY = ascii(",\"city\":");
    private static final byte[] STATE = ascii(",\"state\":");
    private static final byte[] SPECIALTY_CODE = ascii(",\"specialtyCode\":");
    private static final byte[] SPECIALTY_NAME = ascii(",\"specialtyName\":");
    private static final byte[] TRACK = ascii(",\"track\":");
    private static final byte[] CYCLE = ascii(",\"cycle\":");
    private static final byte[] ROLE = ascii(",\"role\":");
    private static final byte[] ELIGIBLE = ascii(",\"eligible\":");
    private static final byte[] CONDITIONS = ascii(",\"conditions\":");
    private static final byte[] KIND = ascii("{\"kind\":");
    private static final byte[] BY = ascii(",\"by\":");
    private static final byte[] WHY = ascii(",\"why\":");
    private static final byte[] VERIFY = ascii(",\"verify\":");
    private static final byte[] P_INTERVIEW = ascii(",\"pInterview\":");
    private static final byte[] P_MATCH = ascii(",\"pMatch\":");
    private static final byte[] P_MATCH_LOW = ascii(",\"pMatchLow\":");
    private static final byte[] P_MATCH_HIGH = ascii(",\"pMatchHigh\":");
    private static final byte[] CONTRIBUTIONS = ascii(",\"contributions\":");
    private static final byte[] FACTOR = ascii("{\"factor\":");
    private static final byte[] LOG_ODDS = ascii(",\"logOdds\":");
    private static final byte[] EXPLANATION = ascii(",\"explanation\":");
    private static final byte[] REASONS = ascii(",\"reasons\":");
    private static final byte[] TIER = ascii(",\"tier\":");
    private static final byte[] TIER_REASON = ascii(",\"tierReason\":");
    private static final byte[] PATHWAY = ascii(",\"pathway\":");
    private static final byte[] SELECTED = ascii(",\"selected\":");
    private static final byte[] SIGNAL = ascii(",\"signal\":");
    private static final byte[] FACTS = ascii(",\"facts\":");
    private static final byte[] ATTRIBUTE = ascii("{\"attribute\":");
    private static final byte[] VALUE = ascii(",\"value\":");
    private static final byte[] SOURCE = ascii(",\"source\":");
    private static final byte[] AS_OF = ascii(",\"asOf\":");
    private static final byte[] KNOWN = ascii(",\"known\":");
    private static final byte[] BASIS = ascii(",\"basis\":");
    private static final byte[] NOTE = ascii(",\"note\":");
    private static final byte[] RULE = ascii("{\"rule\":");
    private static final byte[] MESSAGE = ascii(",\"message\":");
    private static final byte[] TRUE = ascii("true");
    private static final byte[] FALSE = ascii("false");

    /** An object seen once: the next time the same object comes it is encoded and kept. */
    private static final byte[] SEEN_ONCE = new byte[0];
    /**
     * Room for the distinct shared objects of a full answer (the persona's has about 190 texts, 80 of them seen more
     * than once, besides its contributions), so the table rarely grows.
     */
    private static final int EXPECTED_SHARED = 1_024;

    private final IdentityHashMap<Object, byte[]> encodedShared = new IdentityHashMap<>(EXPECTED_SHARED);
    private final JsonBytes out = new JsonBytes();
    private final Encoder<String> quotedText = out::quoted;
    private final Encoder<Contribution> contributionObject = this::contributionObject;

    /**
     * Encodes one program, replacing the record before; false (and nothing to write) when a text holds a surrogate,
     * which only the generator writes as Jackson does.
     */
    boolean encode(ProgramWire program) {
        out.clear();
        return appendProgram(program);
    }

    /** Encodes one excluded program, replacing the record before; false (and nothing to write) as for a program. */
    boolean encode(ExcludedProgram excluded) {
        out.clear();
        return unshared(ID, excluded.id())
                && unshared(NAME, excluded.name())
                && unshared(SPECIALTY_CODE, excluded.specialtyCode())
                && unshared(CITY, excluded.city())
                && unshared(STATE, excluded.state())
                && array(REASONS, excluded.reasons(), this::reason)
                && close('}');
    }

    private boolean appendProgram(ProgramWire program) {
        boolean ok = unshared(ID, program.id())
                && unshared(NAME, program.name())
                && unshared(INSTITUTION, program.institution())
                && unshared(CITY, program.city())
                && unshared(STATE, program.state())
                && unshared(SPECIALTY_CODE, program.specialtyCode())
                && field(SPECIALTY_NAME, program.specialtyName())
                && field(TRACK, program.track())
                && field(CYCLE, program.cycle())
                && field(ROLE, program.role());
        if (!ok) {
            return false;
        }
        field(ELIGIBLE, program.eligible());
        if (!array(CONDITIONS, program.conditions(), this::condition)
                || !array(VERIFY, program.verify(), (text, i) -> text(text))) {
            return false;
        }
        field(P_INTERVIEW, program.pInterview());
        field(P_MATCH, program.pMatch());
        field(P_MATCH_LOW, program.pMatchLow());
        field(P_MATCH_HIGH, program.pMatchHigh());
        // The first reason (the eligibility) is one of a few shared texts; the others carry the program's numbers.
        ok = array(CONTRIBUTIONS, program.contributions(), this::contribution)
                && array(REASONS, program.reasons(), (reason, i) -> i == 0 ? text(reason) : unsharedText(reason))
                && field(TIER, program.tier())
                && unshared(TIER_REASON, program.tierReason());
        if (!ok) {
            return false;
        }
        field(PATHWAY, program.pathway());
        field(SELECTED, program.selected());
        return field(SIGNAL, program.signal()) && array(FACTS, program.facts(), this::fact) && close('}');
    }

    /** Encodes the element at {@code index} of an array; false for a text with a surrogate. */
    private interface ElementEncoder<T> {
        boolean encode(T element, int index);
    }

    /** A field holding an array, its elements comma-separated. */
    private <T> boolean array(byte[] name, List<T> elements, ElementEncoder<T> encoder) {
        out.append(name);
        out.appendByte('[');
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                out.appendByte(',');
            }
            if (!encoder.encode(elements.get(i), i)) {
                return false;
            }
        }
        return close(']');
    }

    /**
     * A contribution: the applicant's own terms are one object shared by every program of a specialty, so most are
     * encoded once (their log-odds formatted once) and copied after.
     */
    private boolean contribution(Contribution contribution, int index) {
        return shared(contribution, contributionObject);
    }

    private boolean contributionObject(Contribution contribution) {
        if (!field(FACTOR, contribution.factor())) {
            return false;
        }
        field(LOG_ODDS, contribution.logOdds());
        return field(EXPLANATION, contribution.explanation()) && close('}');
    }

    private boolean fact(FactView fact, int index) {
        if (!(field(ATTRIBUTE, fact.attribute())
                && unshared(VALUE, fact.value())
                && field(SOURCE, fact.source())
                && unshared(AS_OF, fact.asOf()))) {
            return false;
        }
        field(KNOWN, fact.known());
        return field(BASIS, fact.basis() == null ? null : fact.basis().name())
                && field(NOTE, fact.note())
                && close('}');
    }

    private boolean condition(Condition condition, int index) {
        return field(KIND, condition.kind().name())
                && unshared(BY, condition.by().toString())
                && field(WHY, condition.why())
                && close('}');
    }

    private boolean reason(Reason reason, int index) {
        return field(RULE, reason.rule()) && field(MESSAGE, reason.message()) && close('}');
    }

    /** Ends an object or array; always true, to chain after the parts that may fail. */
    private boolean close(char bracket) {
        out.appendByte(bracket);
        return true;
    }

    /** A field whose text many records share as the same object (a catalog's, a model's or a shared reason). */
    private boolean field(byte[] name, String text) {
        out.append(name);
        return text(text);
    }

    /**
     * A field whose text each record has its own of, or a copy made for it (ids, names, reasons with the record's
     * numbers; the catalog holds each program's state and specialty code as its own string): encoded each time, as
     * looking it up among the shared ones would only cost.
     */
    private boolean unshared(byte[] name, String text) {
        out.append(name);
        return unsharedText(text);
    }

    private boolean unsharedText(String text) {
        return out.quotedOrNull(text);
    }

    private void field(byte[] name, boolean value) {
        out.append(name);
        out.append(value ? TRUE : FALSE);
    }

    private void field(byte[] name, double value) {
        out.append(name);
        out.number(value);
    }

    /** A shared text in quotes, or null; false for a text with a surrogate. */
    private boolean text(String text) {
        if (text == null) {
            out.append(JsonBytes.NULL);
            return true;
        }
        return shared(text, quotedText);
    }

    /** Encodes one object; false for a text with a surrogate. */
    private interface Encoder<T> {
        boolean encode(T object);
    }

    /**
     * An object that records share as the same instance: encoded the first two times it comes (most objects seen
     * once are never seen again) and copied from the kept bytes after that.
     */
    private <T> boolean shared(T object, Encoder<T> encoder) {
        byte[] encoded = encodedShared.get(object);
        if (encoded != null && encoded != SEEN_ONCE) {
            out.append(encoded);
            return true;
        }
        int start = out.length();
        if (!encoder.encode(object)) {
            return false;
        }
        encodedShared.put(object, encoded == null ? SEEN_ONCE : out.copyFrom(start));
        return true;
    }

    /** The record encoded last, as an array of its own. */
    byte[] encoded() {
        return out.copyFrom(0);
    }

    /** Writes the record encoded last as one raw JSON value (see {@link JsonBytes#writeTo}). */
    void writeTo(JsonGenerator generator) throws IOException {
        out.writeTo(generator);
    }
}
