package org.smartpick.app.importing;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.smartpick.core.program.ResearchIntensity.MatchBasis;

/**
 * Reads the sponsor-to-HERD crosswalk ({@code institution,state,herd_institution,match_basis,
 * herd_fy2023_medical_school_rd_kusd,herd_fy2023_medical_school_rd_rank,note}); {@code note} may be blank or absent.
 */
public final class SponsorHerdCsvReader {
    static final List<String> COLUMNS = List.of(
            "institution",
            "state",
            "herd_institution",
            "match_basis",
            "herd_fy2023_medical_school_rd_kusd",
            "herd_fy2023_medical_school_rd_rank");

    private SponsorHerdCsvReader() {}

    public static Parsed<SponsorHerdRow> parse(Reader reader) {
        Parsed<CsvRow> table = CsvTable.read(reader, COLUMNS);
        Cells cells = new Cells();
        List<SponsorHerdRow> rows = new ArrayList<>();
        Map<String, Long> firstLineByKey = new HashMap<>();
        for (CsvRow row : table.items()) {
            Optional<String> institution = cells.requireText(row, "institution");
            Optional<String> state = state(cells, row);
            Optional<String> herd = cells.requireText(row, "herd_institution");
            Optional<MatchBasis> basis = matchBasis(cells, row);
            OptionalInt kusd = atLeast(cells, row, "herd_fy2023_medical_school_rd_kusd", 0);
            OptionalInt rank = atLeast(cells, row, "herd_fy2023_medical_school_rd_rank", 1);
            if (institution.isPresent()
                    && state.isPresent()
                    && herd.isPresent()
                    && basis.isPresent()
                    && kusd.isPresent()
                    && rank.isPresent()
                    && isFirst(cells, row, firstLineByKey, SponsorHerdJoin.keyOf(institution.get(), state.get()))) {
                rows.add(new SponsorHerdRow(
                        row.line(),
                        institution.get(),
                        state.get(),
                        herd.get(),
                        basis.get(),
                        kusd.getAsInt(),
                        rank.getAsInt(),
                        row.text("note")));
            }
        }
        return new Parsed<>(rows, ListingCsvReader.concat(table, cells));
    }

    private static Optional<String> state(Cells cells, CsvRow row) {
        String text = row.text("state");
        if (!text.matches("[A-Za-z]{2}")) {
            cells.report(row, "state", "must be a 2-letter state code like MI, was '" + text + "'");
            return Optional.empty();
        }
        return Optional.of(text.toUpperCase(Locale.ROOT));
    }

    private static Optional<MatchBasis> matchBasis(Cells cells, CsvRow row) {
        Optional<MatchBasis> basis = MatchBasis.findByLabel(row.text("match_basis"));
        if (basis.isEmpty()) {
            cells.report(
                    row,
                    "match_basis",
                    "unknown match basis '" + row.text("match_basis") + "'; use one of "
                            + Arrays.stream(MatchBasis.values())
                                    .map(MatchBasis::label)
                                    .collect(Collectors.joining(", ")));
        }
        return basis;
    }

    /** A required whole number of at least {@code minimum}. */
    private static OptionalInt atLeast(Cells cells, CsvRow row, String column, int minimum) {
        OptionalInt value = cells.requireInt(row, column);
        if (value.isPresent() && value.getAsInt() < minimum) {
            cells.report(row, column, "must be at least " + minimum + ", was " + value.getAsInt());
            return OptionalInt.empty();
        }
        return value;
    }

    /** One row per institution and state: a second would make the join ambiguous. */
    private static boolean isFirst(Cells cells, CsvRow row, Map<String, Long> firstLineByKey, String key) {
        Long first = firstLineByKey.putIfAbsent(key, row.line());
        if (first != null) {
            cells.report(
                    row,
                    "institution",
                    "institution and state already joined on line " + first
                            + " (names compare by InstitutionName.key); keep one row");
            return false;
        }
        return true;
    }
}
