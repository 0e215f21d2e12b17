package org.smartpick.app.importing;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.smartpick.core.program.Fact;

/**
 * Reads an advisor's program-facts CSV ({@code acgme_program_id,attribute,value,source,as_of}), one attribute per
 * row, e.g. {@code 1403521292,min_step2_score,230,program website,2025-08-01}. The value UNKNOWN (or a blank value)
 * records that the source was checked and states nothing.
 */
public final class ProgramFactsCsvReader {
    static final List<String> COLUMNS = List.of("acgme_program_id", "attribute", "value", "source", "as_of");

    private ProgramFactsCsvReader() {}

    public static Parsed<ProgramUpdate> parse(Reader reader) {
        Parsed<CsvRow> table = CsvTable.read(reader, COLUMNS);
        Cells cells = new Cells();
        List<ProgramUpdate> facts = new ArrayList<>();
        for (CsvRow row : table.items()) {
            Optional<String> id = cells.requireProgramId(row, "acgme_program_id");
            Optional<Attribute> attribute = attribute(cells, row);
            Optional<String> source = cells.requireText(row, "source");
            Optional<String> asOf = cells.requireDate(row, "as_of");
            Optional<Fact<?>> fact =
                    attribute.flatMap(a -> fact(cells, row, a, sourceId(source.orElse("")), asOf.orElse("")));
            if (id.isPresent() && fact.isPresent() && source.isPresent() && asOf.isPresent()) {
                facts.add(new ProgramUpdate(
                        row.line(),
                        id.get(),
                        Optional.empty(),
                        List.of(new AttributeFact(id.get(), attribute.get(), fact.get()))));
            }
        }
        return new Parsed<>(facts, ListingCsvReader.concat(table, cells));
    }

    /** The source id an imported source name is filed under, e.g. "Program website" becomes "program-website". */
    public static String sourceId(String sourceName) {
        return sourceName
                .trim()
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }

    private static Optional<Attribute> attribute(Cells cells, CsvRow row) {
        Optional<Attribute> attribute = Attribute.findByKey(row.text("attribute"));
        if (attribute.isEmpty()) {
            cells.report(
                    row,
                    "attribute",
                    "unknown attribute '" + row.text("attribute") + "'; use one of "
                            + Arrays.stream(Attribute.values())
                                    .map(Attribute::key)
                                    .collect(Collectors.joining(", ")));
        }
        return attribute;
    }

    private static Optional<Fact<?>> fact(Cells cells, CsvRow row, Attribute attribute, String sourceId, String asOf) {
        String text = row.text("value");
        if (text.isEmpty()
                || (text.equalsIgnoreCase("unknown")
                        && !attribute.parse(text).value().isPresent())) {
            return Optional.of(new Fact<>(Optional.empty(), sourceId, asOf));
        }
        var parsed = attribute.parse(text);
        parsed.error().ifPresent(message -> cells.report(row, "value", attribute.key() + " " + message));
        return parsed.value().map(v -> new Fact<>(Optional.of(v), sourceId, asOf));
    }
}
