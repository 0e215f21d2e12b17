package org.smartpick.app.importing;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Another name an ACGME program id went by in another source, with the city that source gave (e.g. Residency Explorer
 * 2021 lists 0400121010 as "University of Alabama Medical Center Program", Birmingham, where ERAS 2026 shows
 * "University of Alabama Hospital (Birmingham)"). Ties a name to an id, so a match on it is a match on the id.
 */
public record ProgramAlias(String programId, String name, String city, String state, String source) {
    static final List<String> COLUMNS = List.of("acgme_program_id", "program_name", "city", "state");

    public ProgramAlias {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(source, "source");
        if (programId == null || !programId.matches("\\d{10}")) {
            throw new IllegalArgumentException("programId must be 10 digits, was " + programId);
        }
    }

    /** Reads the names of any program list with the columns acgme_program_id, program_name, city, state. */
    public static Parsed<ProgramAlias> parse(Reader reader, String source) {
        Parsed<CsvRow> table = CsvTable.read(reader, COLUMNS);
        Cells cells = new Cells();
        List<ProgramAlias> aliases = new ArrayList<>();
        for (CsvRow row : table.items()) {
            Optional<String> id = cells.requireProgramId(row, "acgme_program_id");
            Optional<String> name = cells.requireText(row, "program_name");
            Optional<String> state = cells.requireText(row, "state");
            if (id.isPresent() && name.isPresent() && state.isPresent()) {
                aliases.add(new ProgramAlias(id.get(), name.get(), row.text("city"), state.get(), source));
            }
        }
        return new Parsed<>(aliases, ListingCsvReader.concat(table, cells));
    }
}
