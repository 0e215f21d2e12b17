package org.smartpick.app.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smartpick.core.fit.ScoreBandFit.ScoreBand;

/**
 * Reads Step 2 CK score bands ({@code outcomes/score_bands_step2ck_us_md_seniors_2020_2024.csv}): per specialty code and
 * band ("&lt;200", "200-209", ..., "250+"), the applicants and the share who matched. A band's score is its midpoint
 * (195 below 200, 255 from 250). Bands without applicants or rate say nothing and are left out.
 */
public final class ScoreBandCsvReader {
    public static final String SHIPPED = "outcomes/score_bands_step2ck_us_md_seniors_2020_2024.csv";
    static final List<String> COLUMNS = List.of("acgme_specialty_code", "band", "applicants", "rate");

    private ScoreBandCsvReader() {}

    public static Parsed<ScoreBand> parse(Reader reader) {
        Parsed<CsvRow> table = CsvTable.read(reader, COLUMNS);
        Cells cells = new Cells();
        List<ScoreBand> bands = new ArrayList<>();
        for (CsvRow row : table.items()) {
            Optional<String> code = cells.requireSpecialtyCode(row, "acgme_specialty_code");
            Optional<Double> midpoint = midpoint(cells, row);
            var applicants = cells.optionalInt(row, "applicants");
            Optional<Double> rate = cells.optionalDouble(row, "rate");
            rate.filter(r -> r < 0 || r > 1)
                    .ifPresent(r -> cells.report(row, "rate", "must be a share 0..1, was " + r));
            if (code.isPresent()
                    && midpoint.isPresent()
                    && applicants.isPresent()
                    && applicants.getAsInt() > 0
                    && rate.filter(r -> r >= 0 && r <= 1).isPresent()) {
                bands.add(new ScoreBand(code.get(), midpoint.get(), applicants.getAsInt(), rate.get()));
            }
        }
        return new Parsed<>(bands, ListingCsvReader.concat(table, cells));
    }

    /** The shipped bands; a broken shipped file is a bug and throws. */
    public static List<ScoreBand> shipped() {
        InputStream in = ScoreBandCsvReader.class.getResourceAsStream("/data/" + SHIPPED);
        if (in == null) {
            throw new UncheckedIOException(
                    new IOException("shipped data file /data/" + SHIPPED + " is not on the classpath"));
        }
        Parsed<ScoreBand> parsed = parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        if (!parsed.ok()) {
            throw new IllegalStateException("shipped file " + SHIPPED + " has problems: " + parsed.problems());
        }
        return parsed.items();
    }

    private static Optional<Double> midpoint(Cells cells, CsvRow row) {
        String band = row.text("band");
        if (band.equals("<200")) {
            return Optional.of(195.0);
        }
        if (band.equals("250+")) {
            return Optional.of(255.0);
        }
        if (band.matches("\\d{3}-\\d{3}")) {
            return Optional.of(
                    (Integer.parseInt(band.substring(0, 3)) + Integer.parseInt(band.substring(4)) + 1) / 2.0);
        }
        cells.report(row, "band", "must be <200, 200-209 ... 240-249 or 250+, was '" + band + "'");
        return Optional.empty();
    }
}
