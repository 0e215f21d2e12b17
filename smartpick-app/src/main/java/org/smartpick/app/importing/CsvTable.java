package org.smartpick.app.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.smartpick.core.common.Problem;

/** Reads a CSV with a header line into rows keyed by column name, checking that the required columns exist. */
final class CsvTable {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();

    private CsvTable() {}

    static Parsed<CsvRow> read(Reader reader, List<String> requiredColumns) {
        List<Problem> problems = new ArrayList<>();
        List<CsvRow> rows = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(reader)) {
            List<String> header = parser.getHeaderNames();
            for (String column : requiredColumns) {
                if (!header.contains(column)) {
                    problems.add(new Problem(
                            "line 1, column " + column,
                            "missing column '" + column + "'; the header must name: "
                                    + String.join(",", requiredColumns)));
                }
            }
            if (!problems.isEmpty()) {
                return new Parsed<>(rows, problems);
            }
            Iterator<CSVRecord> records = parser.iterator();
            // A record starts on the line after the last one consumed (cells may span lines); hasNext() reads ahead,
            // so the start is taken before it.
            long line = parser.getCurrentLineNumber() + 1;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (record.size() > header.size()) {
                    problems.add(new Problem(
                            "line " + line,
                            "has " + record.size() + " cells but the header names " + header.size()
                                    + " columns; quote cells that contain a comma, or remove the extra cells"));
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (String column : header) {
                    cells.put(column, record.isSet(column) ? record.get(column) : "");
                }
                rows.add(new CsvRow(line, cells));
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            problems.add(new Problem("file", "not readable as CSV: " + e.getMessage()));
        }
        return new Parsed<>(rows, problems);
    }
}
