package org.smartpick.app.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.smartpick.app.importing.InterviewRateRow.Rates;
import org.smartpick.app.importing.InterviewRateRow.SignalSystem;
import org.smartpick.app.importing.InterviewRateRow.Signals;
import org.smartpick.core.common.Problem;

/**
 * Reads a program interview-rate file in the format of {@code programs/eras2024_program_interview_rates.csv}, which
 * is also the import format for later seasons. Every problem is reported with its line and column and how to fix it;
 * a file with any problem must not be used (callers check {@link Parsed#ok()}). Other columns (e.g. census_division,
 * source) are allowed and ignored.
 */
public final class InterviewRatesCsvReader {
    static final List<String> RATE_COLUMNS = List.of(
            "irate_us_md",
            "irate_us_do",
            "irate_us_img",
            "irate_non_us_img",
            "irate_signal",
            "irate_gold_signal",
            "irate_silver_signal",
            "irate_no_signal",
            "irate_in_state_school",
            "irate_out_of_state_school");
    static final List<String> COLUMNS = columns();
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();

    private InterviewRatesCsvReader() {}

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of(
                "specialty",
                "acgme_specialty_code",
                "program_name",
                "city",
                "state",
                "acgme_program_id_if_matched",
                "signal_system",
                "signals_allowed_2024",
                "gold_allowed",
                "silver_allowed"));
        columns.addAll(RATE_COLUMNS);
        return List.copyOf(columns);
    }

    public static Parsed<InterviewRateRow> parse(Reader reader) {
        List<Problem> problems = new ArrayList<>();
        List<TableLine> table = table(reader, problems);
        Cells cells = new Cells();
        List<InterviewRateRow> rows = new ArrayList<>();
        for (TableLine line : table) {
            if (line.hasHeaderWidth(cells)) {
                row(cells, line.row()).ifPresent(rows::add);
            }
        }
        problems.addAll(cells.problems());
        return new Parsed<>(rows, problems);
    }

    /** One record with its cell count, kept so that a row wider or narrower than the header is a line error. */
    private record TableLine(CsvRow row, int cellCount, List<String> header) {
        /** A shifted row (an unquoted comma in a name) would put numbers under the wrong columns. */
        boolean hasHeaderWidth(Cells cells) {
            if (cellCount > header.size()) {
                cells.report(
                        row,
                        String.valueOf(header.size() + 1),
                        "is a cell beyond the header's " + header.size() + " columns (the row has " + cellCount
                                + "); quote cells that contain commas");
            } else if (cellCount < header.size()) {
                cells.report(
                        row,
                        header.get(cellCount),
                        "is missing: the row has " + cellCount + " cells, the header " + header.size()
                                + "; give every column, blank where unknown");
            }
            return cellCount == header.size();
        }
    }

    private static Optional<InterviewRateRow> row(Cells cells, CsvRow row) {
        Optional<String> code = cells.requireSpecialtyCode(row, "acgme_specialty_code");
        Optional<String> specialty = cells.requireText(row, "specialty");
        Optional<String> name = cells.requireText(row, "program_name");
        Optional<String> city = cells.requireText(row, "city");
        Optional<String> state = state(cells, row);
        Optional<Optional<String>> idHint = idHint(cells, row, code);
        Optional<Signals> signals = signals(cells, row);
        Optional<Rates> rates = rates(cells, row);
        if (code.isEmpty()
                || specialty.isEmpty()
                || name.isEmpty()
                || city.isEmpty()
                || state.isEmpty()
                || idHint.isEmpty()
                || signals.isEmpty()
                || rates.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new InterviewRateRow(
                row.line(),
                code.get(),
                specialty.get(),
                name.get(),
                city.get(),
                state.get(),
                idHint.get(),
                signals.get(),
                rates.get()));
    }

    private static Optional<String> state(Cells cells, CsvRow row) {
        String text = row.text("state");
        if (!text.matches("[A-Z]{2}")) {
            cells.report(
                    row,
                    "state",
                    "must be a 2-letter state code in capitals like NY, was '" + Problem.clip(text) + "'");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** A blank hint is fine (present, empty); a hint must be a 10-digit id of the row's specialty. */
    private static Optional<Optional<String>> idHint(Cells cells, CsvRow row, Optional<String> code) {
        String text = row.text("acgme_program_id_if_matched");
        if (text.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        if (!text.matches("\\d{10}")) {
            cells.report(
                    row,
                    "acgme_program_id_if_matched",
                    "must be blank or a 10-digit ACGME program id (keep leading zeros), was '" + Problem.clip(text)
                            + "'");
            return Optional.empty();
        }
        if (code.isPresent() && !text.startsWith(code.get())) {
            cells.report(
                    row,
                    "acgme_program_id_if_matched",
                    "must start with the row's specialty code " + code.get()
                            + " (an ACGME id begins with its specialty code), was " + text);
            return Optional.empty();
        }
        return Optional.of(Optional.of(text));
    }

    private static Optional<Signals> signals(Cells cells, CsvRow row) {
        Optional<SignalSystem> system = signalSystem(cells, row);
        OptionalInt allowed = count(cells, row, "signals_allowed_2024");
        OptionalInt gold = count(cells, row, "gold_allowed");
        OptionalInt silver = count(cells, row, "silver_allowed");
        return system.map(s -> new Signals(s, allowed, gold, silver));
    }

    private static Optional<SignalSystem> signalSystem(Cells cells, CsvRow row) {
        String text = row.text("signal_system");
        try {
            return Optional.of(SignalSystem.valueOf(text.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            cells.report(row, "signal_system", "must be 'single' or 'tiered', was '" + Problem.clip(text) + "'");
            return Optional.empty();
        }
    }

    /** A signal count: blank, or a whole number of at least 0. */
    private static OptionalInt count(Cells cells, CsvRow row, String column) {
        OptionalInt value = cells.optionalInt(row, column);
        if (value.isPresent() && value.getAsInt() < 0) {
            cells.report(row, column, "must be 0 or more signals, was " + value.getAsInt());
            return OptionalInt.empty();
        }
        return value;
    }

    private static Optional<Rates> rates(Cells cells, CsvRow row) {
        List<Optional<Double>> values = new ArrayList<>();
        boolean valid = true;
        for (String column : RATE_COLUMNS) {
            Optional<Double> value = rate(cells, row, column);
            valid &= value.isPresent() || row.text(column).isEmpty();
            values.add(value);
        }
        if (!valid) {
            return Optional.empty();
        }
        return Optional.of(new Rates(
                values.get(0),
                values.get(1),
                values.get(2),
                values.get(3),
                values.get(4),
                values.get(5),
                values.get(6),
                values.get(7),
                values.get(8),
                values.get(9)));
    }

    /** A rate: blank (not reported) or a proportion from 0 to 1. */
    private static Optional<Double> rate(Cells cells, CsvRow row, String column) {
        String text = row.text(column);
        Optional<Double> value = cells.optionalDouble(row, column);
        if (value.isPresent() && !(value.get() >= 0 && value.get() <= 1)) {
            cells.report(
                    row, column, "must be a proportion from 0 to 1 (0.25 means 25%), was '" + Problem.clip(text) + "'");
            return Optional.empty();
        }
        return value;
    }

    /** The rows by column name, as {@link CsvTable} reads them, each with its cell count. */
    private static List<TableLine> table(Reader reader, List<Problem> problems) {
        List<TableLine> lines = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(reader)) {
            List<String> header = List.copyOf(parser.getHeaderNames());
            for (String column : COLUMNS) {
                if (!header.contains(column)) {
                    problems.add(new Problem(
                            "line 1, column " + column,
                            "missing column '" + column + "'; the header must name: " + String.join(",", COLUMNS)));
                }
            }
            if (!problems.isEmpty()) {
                return lines;
            }
            Iterator<CSVRecord> records = parser.iterator();
            // A record starts on the line after the last one consumed (cells may span lines); hasNext() reads ahead.
            long line = parser.getCurrentLineNumber() + 1;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                Map<String, String> cells = new LinkedHashMap<>();
                header.forEach(column -> cells.put(column, record.isSet(column) ? record.get(column) : ""));
                lines.add(new TableLine(new CsvRow(line, cells), record.size(), header));
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            problems.add(new Problem("file", "not readable as CSV: " + e.getMessage()));
        }
        return lines;
    }
}
