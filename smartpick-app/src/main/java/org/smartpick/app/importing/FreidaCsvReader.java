package org.smartpick.app.importing;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smartpick.core.program.Fact;
import org.smartpick.core.program.Setting;
import org.smartpick.core.program.YesNoUnknown;

/**
 * Reads FREIDA program pages ({@code freida_internal_medicine_programs_2025.csv} format): each row is a listing
 * plus positions, interviews, % IMG, setting and visas, as of the row's FREIDA last-updated date. A row that lists
 * no visa type at all leaves both visas unknown (FREIDA did not say), never NO.
 */
public final class FreidaCsvReader {
    static final List<String> COLUMNS = List.of(
            "acgme_program_id",
            "program_name",
            "city",
            "state",
            "specialty",
            "first_year_positions",
            "interviews_conducted_last_year",
            "pct_img",
            "program_setting",
            "visa_j1_ecfmg",
            "visa_h1b",
            "visa_statuses_raw",
            "freida_data_last_updated",
            "source_url");

    private FreidaCsvReader() {}

    public static Parsed<ProgramUpdate> parse(Reader reader, String sourceId) {
        Parsed<CsvRow> table = CsvTable.read(reader, COLUMNS);
        Cells cells = new Cells();
        List<ProgramUpdate> updates = new ArrayList<>();
        for (CsvRow row : table.items()) {
            Optional<String> asOf = cells.requireDate(row, "freida_data_last_updated");
            Optional<ProgramListing> listing = ListingCsvReader.listing(
                    row, cells, sourceId, asOf.orElse(""), "program_name", row.text("source_url"));
            if (listing.isEmpty() || asOf.isEmpty()) {
                continue;
            }
            String id = listing.get().programId();
            List<AttributeFact> facts = new ArrayList<>();
            Fact<Integer> positions = count(cells, row, "first_year_positions", sourceId, asOf.get());
            facts.add(new AttributeFact(id, Attribute.FIRST_YEAR_POSITIONS, positions));
            facts.add(new AttributeFact(
                    id,
                    Attribute.INTERVIEWS_LAST_YEAR,
                    count(cells, row, "interviews_conducted_last_year", sourceId, asOf.get())));
            facts.add(new AttributeFact(id, Attribute.PCT_IMG, percent(cells, row, sourceId, asOf.get())));
            facts.add(new AttributeFact(id, Attribute.SETTING, setting(row, sourceId, asOf.get())));
            boolean anyVisaListed = !row.text("visa_statuses_raw").isEmpty()
                    || !row.text("visa_j1_ecfmg").isEmpty()
                    || !row.text("visa_h1b").isEmpty();
            facts.add(new AttributeFact(
                    id, Attribute.VISA_J1, visa(cells, row, "visa_j1_ecfmg", anyVisaListed, sourceId, asOf.get())));
            facts.add(new AttributeFact(
                    id, Attribute.VISA_H1B, visa(cells, row, "visa_h1b", anyVisaListed, sourceId, asOf.get())));
            updates.add(new ProgramUpdate(row.line(), id, listing, facts));
        }
        return new Parsed<>(updates, ListingCsvReader.concat(table, cells));
    }

    private static Fact<Integer> count(Cells cells, CsvRow row, String column, String sourceId, String asOf) {
        var value = cells.optionalInt(row, column);
        return new Fact<>(value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty(), sourceId, asOf);
    }

    private static Fact<Double> percent(Cells cells, CsvRow row, String sourceId, String asOf) {
        return new Fact<>(cells.optionalDouble(row, "pct_img"), sourceId, asOf);
    }

    /** FREIDA labels outside the four known settings (e.g. "Other") say nothing SmartPick can use. */
    private static Fact<Setting> setting(CsvRow row, String sourceId, String asOf) {
        String text = row.text("program_setting");
        return new Fact<>(text.isEmpty() ? Optional.empty() : Setting.find(text), sourceId, asOf);
    }

    private static Fact<YesNoUnknown> visa(
            Cells cells, CsvRow row, String column, boolean anyVisaListed, String sourceId, String asOf) {
        String text = row.text(column);
        if (text.isEmpty()) {
            // A page listing other visas but not this one does not sponsor it; a page listing none says nothing.
            return new Fact<>(anyVisaListed ? Optional.of(YesNoUnknown.NO) : Optional.empty(), sourceId, asOf);
        }
        var parsed = Attribute.VISA_J1.parse(text);
        parsed.error().ifPresent(message -> cells.report(row, column, message));
        return new Fact<>(parsed.value().map(YesNoUnknown.class::cast), sourceId, asOf);
    }
}
