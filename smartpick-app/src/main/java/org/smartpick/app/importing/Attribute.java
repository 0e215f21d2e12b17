package org.smartpick.app.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.smartpick.core.program.Fact;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.ResearchIntensity;
import org.smartpick.core.program.Setting;
import org.smartpick.core.program.YesNoUnknown;

/**
 * A program attribute that sources state as a {@link Fact}: its key in import files and in the database, how its
 * text is parsed and written, and which component of {@link Program} holds it (listed in the order pages show them).
 */
public enum Attribute {
    FIRST_YEAR_POSITIONS("first_year_positions", Kind.COUNT, Program::firstYearPositions),
    ADVANCED_POSITIONS("advanced_positions", Kind.COUNT, Program::advancedPositions),
    SETTING("setting", Kind.SETTING, Program::setting),
    VISA_J1("visa_j1", Kind.YES_NO, Program::j1Visa),
    VISA_H1B("visa_h1b", Kind.YES_NO, Program::h1bVisa),
    CITIZENSHIP_RESTRICTED("citizenship_restricted", Kind.YES_NO, Program::citizenshipRestricted),
    PCT_IMG("pct_img", Kind.PERCENT, Program::imgSharePct),
    PCT_US_MD("pct_us_md", Kind.PERCENT, p -> p.residents().usMdPct()),
    PCT_US_DO("pct_us_do", Kind.PERCENT, p -> p.residents().usDoPct()),
    PCT_US_IMG("pct_us_img", Kind.PERCENT, p -> p.residents().usImgPct()),
    PCT_NON_US_IMG("pct_non_us_img", Kind.PERCENT, p -> p.residents().nonUsImgPct()),
    INTERVIEWS_LAST_YEAR("interviews_last_year", Kind.COUNT, Program::interviewsLastYear),
    APPLICATIONS_RECEIVED(
            "applications_received", Kind.COUNT, p -> p.selectivity().applicationsReceived()),
    PCT_APPLICANTS_INTERVIEWED(
            "pct_applicants_interviewed", Kind.PERCENT, p -> p.selectivity().pctApplicantsInterviewed()),
    INTERVIEW_RATE_US_MD(
            "interview_rate_us_md", Kind.PROPORTION, p -> p.interviewRates().usMd()),
    INTERVIEW_RATE_US_DO(
            "interview_rate_us_do", Kind.PROPORTION, p -> p.interviewRates().usDo()),
    INTERVIEW_RATE_US_IMG(
            "interview_rate_us_img", Kind.PROPORTION, p -> p.interviewRates().usImg()),
    INTERVIEW_RATE_NON_US_IMG(
            "interview_rate_non_us_img",
            Kind.PROPORTION,
            p -> p.interviewRates().nonUsImg()),
    INTERVIEW_RATE_SIGNAL(
            "interview_rate_signal", Kind.PROPORTION, p -> p.interviewRates().signal()),
    INTERVIEW_RATE_GOLD(
            "interview_rate_gold", Kind.PROPORTION, p -> p.interviewRates().gold()),
    INTERVIEW_RATE_SILVER(
            "interview_rate_silver", Kind.PROPORTION, p -> p.interviewRates().silver()),
    INTERVIEW_RATE_NO_SIGNAL(
            "interview_rate_no_signal", Kind.PROPORTION, p -> p.interviewRates().noSignal()),
    RESIDENTS_STEP1_RANGE(
            "residents_step1_range", Kind.STEP1_BAND, p -> p.selectivity().residentsStep1Range()),
    PCT_GRADS_ACADEMIC("pct_grads_academic", Kind.PERCENT, p -> p.selectivity().pctGradsAcademic()),
    MATCHED_AVG_PUBLICATIONS(
            "matched_avg_publications", Kind.DECIMAL, p -> p.selectivity().matchedAvgPublications()),
    RESEARCH_INTENSITY("research_intensity", Kind.RESEARCH, p -> p.selectivity().researchIntensity()),
    MIN_STEP2_SCORE("min_step2_score", Kind.STEP2_SCORE, Program::minStep2Score),
    MAX_YEARS_SINCE_GRADUATION("max_years_since_graduation", Kind.COUNT, Program::maxYearsSinceGraduation),
    MAX_ATTEMPTS("max_attempts", Kind.COUNT, Program::maxAttempts);

    /** Residency Explorer's bands of residents' average Step 1, as the source labels them. */
    public static final List<String> STEP1_BANDS =
            List.of("Below 210", "210-225", "226-235", "236-245", "Greater than 245");

    private final String key;
    private final Kind kind;
    // Each getter is a stateless method reference on the Program record.
    @SuppressWarnings("ImmutableEnumChecker")
    private final Function<Program, Fact<?>> getter;

    Attribute(String key, Kind kind, Function<Program, Fact<?>> getter) {
        this.key = key;
        this.kind = kind;
        this.getter = getter;
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

    /** Parses a cell: a value, or an explanation of what is accepted. */
    public ParsedValue parse(String text) {
        return kind.parse(text.trim());
    }

    /** Writes a value the way {@link #parse} reads it back. */
    public String format(Object value) {
        if (value instanceof ResearchIntensity r) {
            return r.medicalSchoolRdThousandUsd() + "|" + r.rank() + "|" + r.totalInstitutions() + "|"
                    + r.herdInstitution() + "|" + r.matchBasis().label();
        }
        return value instanceof Enum<?> ? ((Enum<?>) value).name() : String.valueOf(value);
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
                    return pct >= 0 && pct <= 100
                            ? ParsedValue.of(pct)
                            : ParsedValue.error("must be a percentage 0..100, was " + text);
                } catch (NumberFormatException e) {
                    return ParsedValue.error("must be a percentage 0..100, was '" + text + "'");
                }
            }
        },
        PROPORTION {
            @Override
            ParsedValue parse(String text) {
                return decimal(text, 0, 1, "a proportion 0..1 (0.25 for a quarter)");
            }
        },
        DECIMAL {
            @Override
            ParsedValue parse(String text) {
                return decimal(text, 0, 10_000, "a number >= 0");
            }
        },
        STEP1_BAND {
            @Override
            ParsedValue parse(String text) {
                return STEP1_BANDS.stream()
                        .filter(b -> b.equalsIgnoreCase(text))
                        .findFirst()
                        .<ParsedValue>map(ParsedValue::of)
                        .orElseGet(() -> ParsedValue.error(
                                "must be one of " + String.join(", ", STEP1_BANDS) + ", was '" + text + "'"));
            }
        },
        RESEARCH {
            @Override
            ParsedValue parse(String text) {
                String expected = "R&D in thousand USD|rank|institutions ranked|HERD institution|match basis, e.g. "
                        + "'578126|25|162|U. Alabama, Birmingham|same university'";
                String[] parts = text.split("\\|", -1);
                try {
                    if (parts.length == 5) {
                        var basis = ResearchIntensity.MatchBasis.findByLabel(parts[4]);
                        if (basis.isEmpty()) {
                            return ParsedValue.error("must end with a match basis ("
                                    + Arrays.stream(ResearchIntensity.MatchBasis.values())
                                            .map(ResearchIntensity.MatchBasis::label)
                                            .collect(java.util.stream.Collectors.joining(", "))
                                    + "), was '" + text + "'");
                        }
                        return ParsedValue.of(new ResearchIntensity(
                                parts[3].trim(),
                                Long.parseLong(parts[0].trim()),
                                Integer.parseInt(parts[1].trim()),
                                Integer.parseInt(parts[2].trim()),
                                basis.get()));
                    }
                } catch (IllegalArgumentException e) {
                    return ParsedValue.error("must be " + expected + " (" + e.getMessage() + "), was '" + text + "'");
                }
                return ParsedValue.error("must be " + expected + ", was '" + text + "'");
            }
        },
        SETTING {
            @Override
            ParsedValue parse(String text) {
                return Setting.find(text)
                        .map(ParsedValue::of)
                        .orElseGet(() -> ParsedValue.error("must be one of " + Arrays.toString(Setting.values())
                                + " or its FREIDA label, was '" + text + "'"));
            }
        },
        YES_NO {
            @Override
            ParsedValue parse(String text) {
                switch (text.toUpperCase(Locale.ROOT)) {
                    case "Y":
                    case "YES":
                    case "TRUE":
                        return ParsedValue.of(YesNoUnknown.YES);
                    case "N":
                    case "NO":
                    case "FALSE":
                        return ParsedValue.of(YesNoUnknown.NO);
                    case "UNKNOWN":
                        return ParsedValue.of(YesNoUnknown.UNKNOWN);
                    default:
                        return ParsedValue.error("must be YES, NO or UNKNOWN (Y/N accepted), was '" + text + "'");
                }
            }
        };

        abstract ParsedValue parse(String text);

        private static ParsedValue decimal(String text, double min, double max, String expected) {
            try {
                double x = Double.parseDouble(text);
                return x >= min && x <= max
                        ? ParsedValue.of(x)
                        : ParsedValue.error("must be " + expected + ", was " + text);
            } catch (NumberFormatException e) {
                return ParsedValue.error("must be " + expected + ", was '" + text + "'");
            }
        }

        private static ParsedValue wholeNumber(String text, int min, int max, String expected) {
            try {
                int n = Integer.parseInt(text);
                return n >= min && n <= max
                        ? ParsedValue.of(n)
                        : ParsedValue.error("must be " + expected + ", was " + n);
            } catch (NumberFormatException e) {
                return ParsedValue.error("must be " + expected + ", was '" + text + "'");
            }
        }
    }
}
