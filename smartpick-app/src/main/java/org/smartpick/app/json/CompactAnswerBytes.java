package org.smartpick.app.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import org.smartpick.core.chance.Contribution;
import org.smartpick.core.eligibility.Condition;
import org.smartpick.core.recommend.ExcludedProgram;
import org.smartpick.core.recommend.FactView;
import org.smartpick.core.recommend.ProgramResult;
import org.smartpick.core.recommend.Reason;

/**
 * One of the records that fill an answer ({@link ProgramResult}, {@link ExcludedProgram}) as compact JSON, encoded
 * straight into bytes: the same bytes Jackson's UTF-8 writer produces for the record without indentation (same fields, order, escapes and number format; tests compare the two),
 * handed to the generator as one raw value. Under load this was the server's largest single cost: writing the
 * programs through the generator checked the output context before every value and went through a text cache that
 * hashed each freshly built text twice; excluded programs went through reflection (29% of the server's samples).
 * <p>
 * Texts are escaped as Jackson's byte writer escapes them: {@code "} and {@code \} with a backslash, the control
 * characters {@code \b \t \n \f \r} by letter and the others as a backslash, u and four hex digits; everything
 * else below U+0080 as is and the rest as UTF-8. A text with a surrogate (a character outside the Basic Multilingual
 * Plane, which Jackson writes as two escapes) is not encoded here: {@link #encode} reports it and the caller writes
 * that program through the generator. Probabilities rounded to 0.0001 (most numbers in an answer) come from a table of
 * Java's own {@link Double#toString} texts; other numbers are formatted by it as Jackson does.
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
    private static final byte[] NULL = ascii("null");
    private static final byte[] HEX = ascii("0123456789ABCDEF");

    /** Probabilities are shown to 0.0001 (see the recommender's rounding): their texts, index = value x 10,000. */
    private static final int PERMYRIAD = 10_000;

    private static final byte[][] PERMYRIAD_TEXTS = permyriadTexts();

    /**
     * The escape of each character below U+0080: 0 for none (written as is), a letter for a short escape, -1 for
     * a backslash, u and four hex digits. Jackson's default output escapes.
     */
    private static final byte[] ESCAPES = escapes();

    /** An object seen once: the next time the same object comes it is encoded and kept. */
    private static final byte[] SEEN_ONCE = new byte[0];
    /**
     * Room for the distinct shared objects of a full answer (the persona's has about 190 texts, 80 of them seen more
     * than once, besides its contributions), so the table rarely grows.
     */
    private static final int EXPECTED_SHARED = 1_024;

    /**
     * The most a raw write hands the generator at once: small enough that a piece that does not fit the room left in
     * its 8 KB buffer is rare and cheap (one copy into a reused array), large enough to keep the calls few.
     */
    private static final int PIECE = 2_048;

    private final IdentityHashMap<Object, byte[]> encodedShared = new IdentityHashMap<>(EXPECTED_SHARED);
    private final Encoder<String> quotedText = this::quoted;
    private final Encoder<Contribution> contributionObject = this::contributionObject;
    private final Piece piece = new Piece();
    private byte[] bytes = new byte[8_192];
    private int length;

    /**
     * Encodes one program, replacing the record before; false (and nothing to write) when a text holds a surrogate,
     * which only the generator writes as Jackson does.
     */
    boolean encode(ProgramResult program) {
        length = 0;
        return appendProgram(program);
    }

    /** Encodes one excluded program, replacing the record before; false (and nothing to write) as for a program. */
    boolean encode(ExcludedProgram excluded) {
        length = 0;
        return unshared(ID, excluded.id())
                && unshared(NAME, excluded.name())
                && unshared(SPECIALTY_CODE, excluded.specialtyCode())
                && unshared(CITY, excluded.city())
                && unshared(STATE, excluded.state())
                && array(REASONS, excluded.reasons(), this::reason)
                && close('}');
    }

    private boolean appendProgram(ProgramResult program) {
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
        append(name);
        appendByte('[');
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                appendByte(',');
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
        appendByte(bracket);
        return true;
    }

    /** A field whose text many records share as the same object (a catalog's, a model's or a shared reason). */
    private boolean field(byte[] name, String text) {
        append(name);
        return text(text);
    }

    /**
     * A field whose text each record has its own of, or a copy made for it (ids, names, reasons with the record's
     * numbers; the catalog holds each program's state and specialty code as its own string): encoded each time, as
     * looking it up among the shared ones would only cost.
     */
    private boolean unshared(byte[] name, String text) {
        append(name);
        return unsharedText(text);
    }

    private boolean unsharedText(String text) {
        if (text == null) {
            append(NULL);
            return true;
        }
        return quoted(text);
    }

    private void field(byte[] name, boolean value) {
        append(name);
        append(value ? TRUE : FALSE);
    }

    private void field(byte[] name, double value) {
        append(name);
        number(value);
    }

    /** A shared text in quotes, or null; false for a text with a surrogate. */
    private boolean text(String text) {
        if (text == null) {
            append(NULL);
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
            append(encoded);
            return true;
        }
        int start = length;
        if (!encoder.encode(object)) {
            return false;
        }
        encodedShared.put(object, encoded == null ? SEEN_ONCE : Arrays.copyOfRange(bytes, start, length));
        return true;
    }

    /**
     * A text in quotes, escaped; false for a text with a surrogate. Runs of characters written as they are (most
     * texts are one run) are found first and copied at once: the copy takes each character's low byte, exact for
     * characters below U+0080, the only ones a run holds. Scanning a run and copying it costs less than writing
     * each character as it is read (about a fifth less time per answer).
     */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): the low-byte copy, no array allocated
    private boolean quoted(String text) {
        int n = text.length();
        // Worst case: every character a six-byte escape, plus the quotes.
        ensureRoom(6 * n + 2);
        byte[] out = bytes;
        int at = length;
        out[at++] = '"';
        int i = 0;
        while (i < n) {
            int runStart = i;
            while (i < n && writtenAsIs(text.charAt(i))) {
                i++;
            }
            if (i > runStart) {
                text.getBytes(runStart, i, out, at);
                at += i - runStart;
            }
            if (i == n) {
                break;
            }
            char c = text.charAt(i++);
            if (c < 0x80) {
                byte escape = ESCAPES[c];
                out[at++] = '\\';
                if (escape > 0) {
                    out[at++] = escape;
                } else {
                    out[at++] = 'u';
                    out[at++] = '0';
                    out[at++] = '0';
                    out[at++] = HEX[c >> 4];
                    out[at++] = HEX[c & 0xF];
                }
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | (c >> 6));
                out[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                return false;
            } else {
                out[at++] = (byte) (0xE0 | (c >> 12));
                out[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[at++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        out[at++] = '"';
        length = at;
        return true;
    }

    /** Whether a character goes into the JSON as it is: below U+0080 and not escaped. */
    private static boolean writtenAsIs(char c) {
        return c < 0x80 && ESCAPES[c] == 0;
    }

    /**
     * A number as Jackson writes a double once {@link JsonNumbers} has rounded it: {@link Double#toString}, and a quoted
     * text for NaN and the infinities.
     */
    private void number(double unrounded) {
        double value = JsonNumbers.rounded(unrounded);
        long permyriad = Math.round(value * PERMYRIAD);
        if (permyriad >= 0
                && permyriad <= PERMYRIAD
                && Double.doubleToRawLongBits(permyriad / (double) PERMYRIAD) == Double.doubleToRawLongBits(value)) {
            append(PERMYRIAD_TEXTS[(int) permyriad]);
        } else if (Double.isFinite(value)) {
            append(ascii(Double.toString(value)));
        } else {
            append(ascii('"' + Double.toString(value) + '"'));
        }
    }

    private void append(byte[] part) {
        ensureRoom(part.length);
        System.arraycopy(part, 0, bytes, length, part.length);
        length += part.length;
    }

    private void appendByte(char c) {
        ensureRoom(1);
        bytes[length++] = (byte) c;
    }

    private void ensureRoom(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + more));
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[][] permyriadTexts() {
        byte[][] texts = new byte[PERMYRIAD + 1][];
        for (int k = 0; k <= PERMYRIAD; k++) {
            texts[k] = ascii(Double.toString(k / (double) PERMYRIAD));
        }
        return texts;
    }

    private static byte[] escapes() {
        byte[] escapes = new byte[0x80];
        for (int c = 0; c < 0x20; c++) {
            escapes[c] = -1;
        }
        escapes['"'] = '"';
        escapes['\\'] = '\\';
        escapes['\b'] = 'b';
        escapes['\t'] = 't';
        escapes['\n'] = 'n';
        escapes['\f'] = 'f';
        escapes['\r'] = 'r';
        return escapes;
    }

    /** The record encoded last, as an array of its own. */
    byte[] encoded() {
        return Arrays.copyOf(bytes, length);
    }

    /**
     * Writes the record encoded last as one raw JSON value, in pieces of at most {@link #PIECE} bytes: the generator
     * copies a piece into its 8 KB buffer when it fits and otherwise flushes and asks for the piece as an array of
     * its own, which for a full piece is one reused array. Written whole, a record that did not fit the room left
     * (most detailed programs, about 5 KB) cost a copy of its own.
     */
    void writeTo(JsonGenerator out) throws IOException {
        piece.show(0);
        out.writeRawValue(piece);
        for (int from = PIECE; from < length; from += PIECE) {
            piece.show(from);
            out.writeRaw(piece);
        }
    }

    /** A piece of the encoded record, as the generator reads raw text. */
    private final class Piece implements SerializableString {
        private final byte[] whole = new byte[PIECE];
        private int from;
        private int size;

        void show(int start) {
            from = start;
            size = Math.min(PIECE, length - start);
        }

        @Override
        public int appendUnquotedUTF8(byte[] buffer, int offset) {
            if (size > buffer.length - offset) {
                return -1;
            }
            System.arraycopy(bytes, from, buffer, offset, size);
            return size;
        }

        @Override
        public byte[] asUnquotedUTF8() {
            if (size == PIECE) {
                System.arraycopy(bytes, from, whole, 0, PIECE);
                return whole;
            }
            return Arrays.copyOfRange(bytes, from, from + size);
        }

        // Any other writer asks for the piece in one of these forms.

        @Override
        public String getValue() {
            return new String(bytes, from, size, StandardCharsets.UTF_8);
        }

        @Override
        public int charLength() {
            return getValue().length();
        }

        @Override
        public int appendUnquoted(char[] buffer, int offset) {
            String value = getValue();
            if (value.length() > buffer.length - offset) {
                return -1;
            }
            value.getChars(0, value.length(), buffer, offset);
            return value.length();
        }

        @Override
        public int writeUnquotedUTF8(OutputStream out) throws IOException {
            out.write(bytes, from, size);
            return size;
        }

        @Override
        public int putUnquotedUTF8(ByteBuffer buffer) {
            if (size > buffer.remaining()) {
                return -1;
            }
            buffer.put(bytes, from, size);
            return size;
        }

        @Override
        public char[] asQuotedChars() {
            throw raw();
        }

        @Override
        public byte[] asQuotedUTF8() {
            throw raw();
        }

        @Override
        public int appendQuotedUTF8(byte[] buffer, int offset) {
            throw raw();
        }

        @Override
        public int appendQuoted(char[] buffer, int offset) {
            throw raw();
        }

        @Override
        public int writeQuotedUTF8(OutputStream out) {
            throw raw();
        }

        @Override
        public int putQuotedUTF8(ByteBuffer buffer) {
            throw raw();
        }

        private UnsupportedOperationException raw() {
            return new UnsupportedOperationException("an encoded record is raw JSON, never written as a quoted text");
        }
    }
}
