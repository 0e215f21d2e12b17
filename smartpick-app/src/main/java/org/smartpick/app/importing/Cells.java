package org.smartpick.app.importing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.smartpick.core.common.Problem;

/** Typed reads of CSV cells that collect a problem (where, what, how to fix) instead of throwing. */
final class Cells {
    private final List<Problem> problems = new ArrayList<>();
    private final LocalDate today;

    /** Cells read on the given day (dates after it are refused). */
    Cells(LocalDate today) {
        this.today = today;
    }

    /** Cells read today, by the UTC calendar. */
    Cells() {
        this(LocalDate.now(ZoneOffset.UTC));
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    void report(CsvRow row, String column, String message) {
        problems.add(new Problem(row.where(column), message));
    }

    /** A required non-blank cell, or empty after reporting it. */
    Optional<String> requireText(CsvRow row, String column) {
        String text = row.text(column);
        if (text.isEmpty()) {
            report(row, column, "is empty; give a value");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** An ACGME program id: exactly 10 digits, leading zeros kept. */
    Optional<String> requireProgramId(CsvRow row, String column) {
        return requireDigits(row, column, 10, "ACGME program id");
    }

    /** An ACGME specialty code: exactly 3 digits, leading zeros kept. */
    Optional<String> requireSpecialtyCode(CsvRow row, String column) {
        return requireDigits(row, column, 3, "ACGME specialty code");
    }

    private Optional<String> requireDigits(CsvRow row, String column, int digits, String what) {
        String text = row.text(column);
        if (!text.matches("\\d{" + digits + "}")) {
            report(row, column, "must be a " + digits + "-digit " + what + " (keep leading zeros), was '" + text + "'");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    OptionalInt requireInt(CsvRow row, String column) {
        OptionalInt value = optionalInt(row, column);
        if (value.isEmpty() && row.text(column).isEmpty()) {
            report(row, column, "is empty; give a whole number");
        }
        return value;
    }

    /** A whole number, or empty when the cell is blank (reported when it is not a number). */
    OptionalInt optionalInt(CsvRow row, String column) {
        Optional<Integer> value = optionalNumber(row, column, Integer::parseInt, "a whole number");
        return value.isPresent() ? OptionalInt.of(value.get()) : OptionalInt.empty();
    }

    /** A decimal number, or empty when the cell is blank (reported when it is not a number). */
    Optional<Double> optionalDouble(CsvRow row, String column) {
        return optionalNumber(row, column, Double::parseDouble, "a number");
    }

    private <T> Optional<T> optionalNumber(CsvRow row, String column, Function<String, T> parse, String expected) {
        String text = row.text(column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(text));
        } catch (NumberFormatException e) {
            report(row, column, "must be " + expected + ", was '" + text + "'");
            return Optional.empty();
        }
    }

    /** An ISO date (yyyy-MM-dd, or a longer ISO timestamp whose date part is kept). */
    Optional<String> requireDate(CsvRow row, String column) {
        String text = row.text(column);
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            report(row, column, "must be an ISO date like 2025-03-28, was '" + text + "'");
            return Optional.empty();
        }
        String date = text.substring(0, 10);
        try {
            // A fact cannot be as of a day that has not come yet (one day's grace for time zones).
            if (LocalDate.parse(date).isAfter(today.plusDays(1))) {
                report(
                        row,
                        column,
                        "is in the future (" + date + ", today is " + today + "); give the date the source "
                                + "stated the fact");
                return Optional.empty();
            }
        } catch (DateTimeParseException e) {
            report(row, column, "must be a real calendar date like 2025-03-28, was '" + text + "'");
            return Optional.empty();
        }
        return Optional.of(date);
    }
}
