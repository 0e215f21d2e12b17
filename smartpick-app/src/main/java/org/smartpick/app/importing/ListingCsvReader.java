package org.smartpick.app.importing;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a program listing CSV: the ERAS participating-programs format and the ACGME program-report format share these columns. */
public final class ListingCsvReader {
    static final List<String> COLUMNS =
            List.of("acgme_program_id", "acgme_specialty_code", "specialty", "program_name", "city", "state");

    private ListingCsvReader() {}

    public static Parsed<ProgramUpdate> parse(Reader reader, String sourceId, String asOf) {
        Parsed<CsvRow> table = CsvTable.read(reader, COLUMNS);
        Cells cells = new Cells();
        List<ProgramUpdate> updates = new ArrayList<>();
        for (CsvRow row : table.items()) {
            listing(row, cells, sourceId, asOf, "program_name", "")
                    .ifPresent(l -> updates.add(ProgramUpdate.listing(row.line(), l)));
        }
        return new Parsed<>(updates, concat(table, cells));
    }

    /** The listing columns shared by the ERAS, ACGME and FREIDA formats. */
    static Optional<ProgramListing> listing(
            CsvRow row, Cells cells, String sourceId, String asOf, String nameColumn, String url) {
        Optional<String> id = cells.requireProgramId(row, "acgme_program_id");
        Optional<String> code = row.cells().containsKey("acgme_specialty_code")
                ? cells.requireSpecialtyCode(row, "acgme_specialty_code")
                : id.map(i -> i.substring(0, 3));
        Optional<String> name = cells.requireText(row, nameColumn);
        Optional<String> state = cells.requireText(row, "state");
        if (id.isPresent() && code.isPresent() && !id.get().startsWith(code.get())) {
            cells.report(
                    row,
                    "acgme_specialty_code",
                    "must be the first 3 digits of the program id " + id.get() + ", was " + code.get());
            return Optional.empty();
        }
        if (id.isEmpty() || code.isEmpty() || name.isEmpty() || state.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ProgramListing(
                id.get(),
                name.get(),
                row.text("city"),
                state.get(),
                code.get(),
                row.text("specialty"),
                url,
                sourceId,
                asOf));
    }

    static <T> List<org.smartpick.core.common.Problem> concat(Parsed<T> table, Cells cells) {
        List<org.smartpick.core.common.Problem> all = new ArrayList<>(table.problems());
        all.addAll(cells.problems());
        return all;
    }
}
