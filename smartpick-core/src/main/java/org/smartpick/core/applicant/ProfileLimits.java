package org.smartpick.core.applicant;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The one table of what a profile and a recommendation request may hold: the ranges of whole numbers, text lengths and
 * list sizes. {@link ProfileRules} enforces it and the API's OpenAPI document states it, both reading these values, so
 * the document cannot promise what the validator refuses.
 */
public final class ProfileLimits {
    /** The longest text field (a name, a citizenship, a degree), in characters. */
    public static final int MAX_TEXT_LENGTH = 200;
    /** The most entries of any list (degrees, targets, preferred states and settings, experience kinds). */
    public static final int MAX_LIST_ENTRIES = 60;
    /** The earliest medical graduation year taken; the latest is two years after the current one. */
    public static final int EARLIEST_GRADUATION_YEAR = 1960;

    public static final int GRADUATION_YEARS_AHEAD = 2;
    /** A USMLE three-digit score; 0 is no score (the exam not taken), so the field is left out instead. */
    public static final Range USMLE_SCORE = new Range(1, 300);
    /** The whole-dollar budget and the most programs a list may hold, in the profile and as request options. */
    public static final Range BUDGET_USD = new Range(0, 100_000);

    public static final Range BUDGET_PROGRAMS = new Range(1, 1_000);
    /** The most programs one specialty may take from the list (budget.maxProgramsPerSpecialty's values). */
    public static final Range PROGRAMS_PER_SPECIALTY = new Range(0, 1_000);
    /** The ERAS seasons a request may name (the year residency starts): the fee tables on file start with 2024. */
    public static final Range SEASON = new Range(2024, 2100);
    /** A target's weight: more than 0 and at most 1. */
    public static final double MAX_TARGET_WEIGHT = 1.0;

    private static final Range ATTEMPTS = new Range(0, 6);
    private static final Range MONTHS_OF_CLINICAL_EXPERIENCE = new Range(0, 240);
    private static final Range RESEARCH_ITEMS = new Range(0, 1_000);
    private static final Range LETTERS = new Range(0, 50);

    /** Every whole-number profile field with a fixed range, by field path (graduation year depends on the year). */
    private static final Map<String, Range> WHOLE_NUMBERS = new TreeMap<>(Map.ofEntries(
            Map.entry("cyclesApplied", new Range(0, 20)),
            Map.entry("usmle.step1.score", USMLE_SCORE),
            Map.entry("usmle.step1.attempts", ATTEMPTS),
            Map.entry("usmle.step2ck.score", USMLE_SCORE),
            Map.entry("usmle.step2ck.attempts", ATTEMPTS),
            Map.entry("usmle.step3.score", USMLE_SCORE),
            Map.entry("usmle.step3.attempts", ATTEMPTS),
            Map.entry("usClinicalExperience.handsOnMonths", MONTHS_OF_CLINICAL_EXPERIENCE),
            Map.entry("usClinicalExperience.observershipMonths", MONTHS_OF_CLINICAL_EXPERIENCE),
            Map.entry("specialtyExperience.months", new Range(0, 480)),
            Map.entry("research.publications", RESEARCH_ITEMS),
            Map.entry("research.abstracts", RESEARCH_ITEMS),
            Map.entry("research.posters", RESEARCH_ITEMS),
            Map.entry("research.inSpecialty", new Range(0, 3 * RESEARCH_ITEMS.max())),
            Map.entry("letters.total", LETTERS),
            Map.entry("letters.us", LETTERS),
            Map.entry("letters.fromSpecialty", LETTERS),
            Map.entry("budget.maxUsd", BUDGET_USD),
            Map.entry("budget.maxPrograms", BUDGET_PROGRAMS)));

    private ProfileLimits() {}

    /** An inclusive range of whole numbers. */
    public record Range(int min, int max) {
        public Range {
            if (min > max) {
                throw new IllegalArgumentException("range min must be at most max, was " + min + ".." + max);
            }
        }

        public boolean contains(long value) {
            return value >= min && value <= max;
        }
    }

    /** Every whole-number field with a fixed range, by field path, in path order. */
    public static Map<String, Range> wholeNumbers() {
        return Collections.unmodifiableMap(WHOLE_NUMBERS);
    }

    /** The range of the whole-number field at {@code path}; empty for a field without a fixed range. */
    public static Optional<Range> find(String path) {
        return Optional.ofNullable(WHOLE_NUMBERS.get(path));
    }

    /** The range of the whole-number field at {@code path}; throws for a path the table does not hold. */
    static Range require(String path) {
        return find(path).orElseThrow(() -> new IllegalArgumentException("no limit for field " + path));
    }

    /** The graduation years taken when the profile is checked in {@code currentYear}. */
    public static Range graduationYear(int currentYear) {
        return new Range(EARLIEST_GRADUATION_YEAR, currentYear + GRADUATION_YEARS_AHEAD);
    }
}
