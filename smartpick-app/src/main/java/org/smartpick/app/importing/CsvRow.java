package org.smartpick.app.importing;

import java.util.Map;

/** One CSV record with the line it started on, read by column name; missing or blank cells read as "". */
record CsvRow(long line, Map<String, String> cells) {
    String text(String column) {
        String value = cells.get(column);
        return value == null ? "" : value.trim();
    }

    String where(String column) {
        return "line " + line + ", column " + column;
    }
}
