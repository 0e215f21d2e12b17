package org.smartpick.app.importing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.smartpick.core.program.Fact;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.Setting;
import org.smartpick.core.program.YesNoUnknown;

/**
 * A program attribute that sources state as a {@link Fact}: its key in import files and in the database, how its
 * text is parsed and written, and which component of {@link Program} holds it.
 */
public enum Attribute {
    FIRST_YEAR_POSITIONS("first_year_positions", Kind.COUNT, Program::firstYearPositions, (d, f) -> d.firstYearPositions = cast(f)),
    SETTING("setting", Kind.SETTING, Program::setting, (d, f) -> d.setting = cast(f)),
    VISA_J1("visa_j1", Kind.YES_NO, Program::j1Visa, (d, f) -> d.j1Visa = cast(f)),
    VISA_H1B("visa_h1b", Kind.YES_NO, Program::h1bVisa, (d, f) -> d.h1bVisa = cast(f)),
    CITIZENSHIP_RESTRICTED("citizenship_restricted", Kind.YES_NO, Program::citizenshipRestricted,
            (d, f) -> d.citizenshipRestricted = cast(f)),
    PCT_IMG("pct_img", Kind.PERCENT, Program::imgSharePct, (d, f) -> d.imgSharePct = cast(f)),
    INTERVIEWS_LAST_YEAR("interviews_last_year", Kind.COUNT, Program::interviewsLastYear, (d, f) -> d.interviewsLastYear = cast(f)),
    MIN_STEP2_SCORE("min_step2_score", Kind.STEP2_SCORE, Program::minStep2Score, (d, f) -> d.minStep2Score = cast(f)),
    MAX_YEARS_SINCE_GRADUATION("max_years_since_graduation", Kind.COUNT, Program::maxYearsSinceGraduation,
            (d, f) -> d.maxYearsSinceGraduation = cast(f)),
    MAX_ATTEMPTS("max_attempts", Kind.COUNT, Program::maxAttempts, (d, f) -> d.maxAttempts = cast(f));

    private final String key;
    private final Kind kind;
    private final Function<Program, Fact<?>> getter;
    private final BiConsumer<ProgramDraft, Fact<?>> setter;

    Attribute(String key, Kind kind, Function<Program, Fact<?>> getter, BiConsumer<ProgramDraft, Fact<?>> setter) {
        this.key = key;
        this.kind = kind;
        this.getter = getter;
        this.setter = setter;
    }

    /** The name used in import files, stats and the database, e.g. {@code min_step2_score}. */
    public String key() {
        return key;
    }

    public static Optional<Attribute> findByKey(String key) {
        String k = key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.key.equals(k)).findFirst();
    }

    public Fact<?> factOf(Program program) {
        return getter.apply(program);
    }

    void set(ProgramDraft draft, Fact<?> fact) {
        setter.accept(draft, fact);
    }

    /** Parses a cell: a value, or an explanation of what is accepted. */
    public ParsedValue parse(String text) {
        return kind.parse(text.trim());
    }

    /** Writes a value the way {@link #parse} reads it back. */
    public String format(Object value) {
        return value instanceof Enum<?> ? ((Enum<?>) value).name() : String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    private static <T> Fact<T> cast(Fact<?> fact) {
        return (Fact<T>) fact;
    }

    /** A parsed cell: exactly one of value or error is present. */
    public record ParsedValue(Optional<Object> value, Optional<String> error) {
        static ParsedValue of(Object value) {
            return new ParsedValue(Optional.of(value), Optional.empty());
        }

        static ParsedValue error(String message) {
            return new ParsedValue(Optional.empty(), Optional.of(message));
        }
    }

    private enum Kind {
        COUNT {
            @Override
            ParsedValue parse(String text) {
                return wholeNumber(text, 0, 100_000, "a whole number >= 0");
            }
        },
        STEP2_SCORE {
            @Override
            ParsedValue parse(String text) {
                return wholeNumber(text, 1, 300, "a USMLE Step 2 CK score 1..300");
            }
        },
        PERCENT {
            @Override
            ParsedValue parse(String text) {
                try {
                    double pct = Double.parseDouble(text);
                    return pct >= 0 && pct <= 100 ? ParsedValue.of(pct)
                            : ParsedValue.error("must be a percentage 0..100, was " + text);
                } catch (NumberFormatException e) {
                    return ParsedValue.error("must be a percentage 0..100, was '" + text + "'");
                }
            }
        },
        SETTING {
            @Override
            ParsedValue parse(String text) {
                return Setting.find(text).map(ParsedValue::of).orElseGet(() -> ParsedValue.error(
                        "must be one of " + Arrays.toString(Setting.values()) + " or its FREIDA label, was '" + text + "'"));
            }
        },
        YES_NO {
            @Override
            ParsedValue parse(String text) {
                switch (text.toUpperCase(Locale.ROOT)) {
                    case "Y": case "YES": case "TRUE":
                        return ParsedValue.of(YesNoUnknown.YES);
                    case "N": case "NO": case "FALSE":
                        return ParsedValue.of(YesNoUnknown.NO);
                    case "UNKNOWN":
                        return ParsedValue.of(YesNoUnknown.UNKNOWN);
                    default:
                        return ParsedValue.error("must be YES, NO or UNKNOWN (Y/N accepted), was '" + text + "'");
                }
            }
        };

        abstract ParsedValue parse(String text);

        private static ParsedValue wholeNumber(String text, int min, int max, String expected) {
            try {
                int n = Integer.parseInt(text);
                return n >= min && n <= max ? ParsedValue.of(n) : ParsedValue.error("must be " + expected + ", was " + n);
            } catch (NumberFormatException e) {
                return ParsedValue.error("must be " + expected + ", was '" + text + "'");
            }
        }
    }
}
