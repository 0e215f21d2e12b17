package org.smartpick.app.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The growing bytes of one record's compact JSON, and how texts and numbers go into them exactly as Jackson's UTF-8
 * writer puts them: texts quoted and escaped, doubles as {@link Double#toString} writes them. {@link
 * CompactAnswerBytes} says what goes where; this class only writes, and hands the result to the generator raw.
 * <p>
 * Texts are escaped as Jackson's byte writer escapes them: {@code "} and {@code \} with a backslash, the control
 * characters {@code \b \t \n \f \r} by letter and the others as a backslash, u and four hex digits; everything
 * else below U+0080 as is and the rest as UTF-8. A text with a surrogate (a character outside the Basic Multilingual
 * Plane, which Jackson writes as two escapes) is not written here: {@link #quoted} reports it. Probabilities rounded
 * to 0.0001 (most numbers in an answer) come from a table of Java's own {@link Double#toString} texts; other numbers
 * are formatted by it as Jackson does.
 */
final class JsonBytes {
    static final byte[] NULL = ascii("null");
    private static final byte[] HEX = ascii("0123456789ABCDEF");

    /** Probabilities are shown to 0.0001 (see the recommender's rounding): their texts, index = value x 10,000. */
    private static final int PERMYRIAD = 10_000;

    private static final byte[][] PERMYRIAD_TEXTS = permyriadTexts();

    /**
     * The escape of each character below U+0080: 0 for none (written as is), a letter for a short escape, -1 for
     * a backslash, u and four hex digits. Jackson's default output escapes.
     */
    private static final byte[] ESCAPES = escapes();

    /**
     * The most a raw write hands the generator at once: small enough that a piece that does not fit the room left in
     * its 8 KB buffer is rare and cheap (one copy into a reused array), large enough to keep the calls few.
     */
    private static final int PIECE = 2_048;

    private final Piece piece = new Piece();
    private byte[] bytes = new byte[8_192];
    private int length;

    /** Starts a new record, dropping the bytes of the one before. */
    void clear() {
        length = 0;
    }

    /** How many bytes the record has so far: where the next part starts. */
    int length() {
        return length;
    }

    /** The bytes written since {@code start}, as an array of their own. */
    byte[] copyFrom(int start) {
        return Arrays.copyOfRange(bytes, start, length);
    }

    /** A text in quotes, or null; false for a text with a surrogate. */
    boolean quotedOrNull(String text) {
        if (text == null) {
            append(NULL);
            return true;
        }
        return quoted(text);
    }

    /**
     * A text in quotes, escaped; false for a text with a surrogate. Runs of characters written as they are (most
     * texts are one run) are found first and copied at once: the copy takes each character's low byte, exact for
     * characters below U+0080, the only ones a run holds. Scanning a run and copying it costs less than writing
     * each character as it is read (about a fifth less time per answer).
     */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): the low-byte copy, no array allocated
    boolean quoted(String text) {
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
    void number(double unrounded) {
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

    void append(byte[] part) {
        ensureRoom(part.length);
        System.arraycopy(part, 0, bytes, length, part.length);
        length += part.length;
    }

    void appendByte(char c) {
        ensureRoom(1);
        bytes[length++] = (byte) c;
    }

    private void ensureRoom(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + more));
        }
    }

    static byte[] ascii(String text) {
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
