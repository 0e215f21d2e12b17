package org.smartpick.core.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small RFC 4180 CSV table read from a file's text: a header row, then data rows keyed by column name.
 * Quoted fields may hold commas and doubled quotes (not line breaks). Lines starting with '#' and blank lines are
 * skipped; {@code lineNumber} is the 1-based line in the file, for problems that name where they are.
 */
public record CsvTable(int headerLine, List<String> header, List<Row> rows) {
    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** One data row with its line number. */
    public record Row(int lineNumber, List<String> header, List<String> values) {
        public Row {
            header = List.copyOf(header);
            values = List.copyOf(values);
        }

        /** The trimmed value of a column, empty when the column is missing or the cell blank. */
        public Optional<String> find(String column) {
            int index = header.indexOf(column);
            if (index < 0 || index >= values.size() || values.get(index).isBlank()) {
                return Optional.empty();
            }
            return Optional.of(values.get(index).trim());
        }
    }

    /** The table of a file's text (the edge reads the file, with explicit UTF-8); {@code headerLine} 0 when empty. */
    public static CsvTable parse(String text) {
        List<String> header = null;
        int headerLine = 0;
        List<Row> rows = new ArrayList<>();
        int lineNumber = 0;
        for (String line : text.lines().toList()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = split(line);
            if (header == null) {
                header = fields.stream().map(String::trim).toList();
                headerLine = lineNumber;
            } else {
                rows.add(new Row(lineNumber, header, fields));
            }
        }
        return new CsvTable(headerLine, header == null ? List.of() : header, rows);
    }

    /** Columns of the header that are missing, as problems naming the file's first line. */
    public List<Problem> missingColumns(List<String> required) {
        return required.stream()
                .filter(c -> !header.contains(c))
                .map(c -> new Problem("line 1", "missing column " + c))
                .toList();
    }

    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
