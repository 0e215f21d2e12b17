package org.smartpick.app.importing;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One sponsor under two names within a state: the name an interview-rate file uses and the name the catalog shows
 * (a renamed or merged sponsor, e.g. Centura Health Corporation and CommonSpirit Mountain Region in CO). Checked by
 * hand, with the reason; the join still needs the same specialty and city and exactly one candidate.
 */
public record SameSponsor(String state, String rateFileName, String catalogName, String why) {
    static final List<String> COLUMNS = List.of("state", "rate_file_name", "catalog_name", "why");

    public SameSponsor {
        Objects.requireNonNull(why, "why");
        if (state == null || !state.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("state must be a 2-letter code, was " + state);
        }
        if (rateFileName == null || rateFileName.isBlank() || catalogName == null || catalogName.isBlank()) {
            throw new IllegalArgumentException(
                    "both names must be given, were '" + rateFileName + "' and '" + catalogName + "'");
        }
    }

    /** Reads {@code state,rate_file_name,catalog_name,why}. */
    public static Parsed<SameSponsor> parse(Reader reader) {
        Parsed<CsvRow> table = CsvTable.read(reader, COLUMNS);
        Cells cells = new Cells();
        List<SameSponsor> sponsors = new ArrayList<>();
        for (CsvRow row : table.items()) {
            Optional<String> state = cells.requireText(row, "state").filter(s -> s.matches("[A-Z]{2}"));
            if (state.isEmpty() && !row.text("state").isEmpty()) {
                cells.report(row, "state", "must be a 2-letter state code like CO, was '" + row.text("state") + "'");
            }
            Optional<String> rateFileName = cells.requireText(row, "rate_file_name");
            Optional<String> catalogName = cells.requireText(row, "catalog_name");
            Optional<String> why = cells.requireText(row, "why");
            if (state.isPresent() && rateFileName.isPresent() && catalogName.isPresent() && why.isPresent()) {
                sponsors.add(new SameSponsor(state.get(), rateFileName.get(), catalogName.get(), why.get()));
            }
        }
        return new Parsed<>(sponsors, ListingCsvReader.concat(table, cells));
    }
}
