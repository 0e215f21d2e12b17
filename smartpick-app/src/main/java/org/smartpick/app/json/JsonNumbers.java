package org.smartpick.app.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.OptionalDouble;

/**
 * The one rounding of every fractional number SmartPick writes as JSON (answers, {@code model check --json},
 * {@code catalog stats --json}): to 4 decimals, what the numbers mean (probabilities and shares to 0.01 percentage
 * points, log-odds terms and utilities alike), so no float noise such as {@code 0.30000000000000004} and no {@code -0}
 * reaches a reader. Every writer (Jackson's, {@link ProgramResultSerializer}, {@link CompactAnswerBytes}) rounds here.
 */
public final class JsonNumbers {
    /** Decimals kept: 10^4. */
    static final double SCALE = 10_000;
    /** Beyond this magnitude a double has no fraction worth rounding (and x SCALE would overflow a long). */
    private static final double WHOLE_ABOVE = 1e14;

    private JsonNumbers() {}

    /** {@code value} to 4 decimals, with -0 as 0; NaN and the infinities as they are. */
    public static double rounded(double value) {
        if (!Double.isFinite(value) || Math.abs(value) >= WHOLE_ABOVE) {
            return value;
        }
        double rounded = Math.round(value * SCALE) / SCALE;
        return rounded == 0 ? 0.0 : rounded;
    }

    /** Jackson serializers that write doubles (boxed, primitive, OptionalDouble) rounded. */
    static SimpleModule module() {
        return new SimpleModule("smartpick-rounded-numbers")
                .addSerializer(Double.class, new RoundedDouble(Double.class))
                .addSerializer(double.class, new RoundedDouble(double.class))
                .addSerializer(OptionalDouble.class, new RoundedOptionalDouble());
    }

    private static final class RoundedDouble extends StdSerializer<Double> {
        @SuppressWarnings("unchecked")
        RoundedDouble(Class<?> type) {
            super((Class<Double>) type);
        }

        @Override
        public void serialize(Double value, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeNumber(rounded(value));
        }
    }

    private static final class RoundedOptionalDouble extends StdSerializer<OptionalDouble> {
        RoundedOptionalDouble() {
            super(OptionalDouble.class);
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, OptionalDouble value) {
            return value == null || value.isEmpty();
        }

        @Override
        public void serialize(OptionalDouble value, JsonGenerator out, SerializerProvider provider) throws IOException {
            if (value.isPresent()) {
                out.writeNumber(rounded(value.getAsDouble()));
            } else {
                out.writeNull();
            }
        }
    }
}
