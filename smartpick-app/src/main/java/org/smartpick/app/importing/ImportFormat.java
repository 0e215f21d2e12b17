package org.smartpick.app.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/** The file formats {@code catalog import} reads; each CSV format is recognised by a column only it has. */
public enum ImportFormat {
    FREIDA_CSV("freida-csv", "freida_data_last_updated"),
    ACGME_CSV("acgme-csv", "accreditation_effective_date"),
    FACTS_CSV("facts-csv", "attribute"),
    RESIDENCY_EXPLORER_CSV("residency-explorer-csv", "considers_j1"),
    INTERVIEW_RATES_CSV("eras-interview-rates-csv", "irate_non_us_img"),
    ERAS_CSV("eras-csv", "program_name"),
    JSON("json", "");

    private final String label;
    private final String signatureColumn;

    ImportFormat(String label, String signatureColumn) {
        this.label = label;
        this.signatureColumn = signatureColumn;
    }

    /** Formats that export a whole directory: rows of programs the catalog does not list are left out, not errors. */
    public boolean factsOfListedProgramsOnly() {
        return this == RESIDENCY_EXPLORER_CSV;
    }

    public String label() {
        return label;
    }

    /** Every format's label, for messages that say what is accepted. */
    public static String labels() {
        return Arrays.stream(values()).map(ImportFormat::label).collect(java.util.stream.Collectors.joining(", "));
    }

    public static Optional<ImportFormat> findByLabel(String label) {
        return Arrays.stream(values())
                .filter(f -> f.label.equalsIgnoreCase(label.trim()))
                .findFirst();
    }

    /** Guesses the format from the file name and its first line; empty when nothing fits. */
    public static Optional<ImportFormat> detect(String fileName, String firstLine) {
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".json")
                || firstLine.trim().startsWith("{")) {
            return Optional.of(JSON);
        }
        List<String> columns = headerColumns(firstLine);
        return Arrays.stream(values())
                .filter(f -> f != JSON && columns.contains(f.signatureColumn))
                .findFirst();
    }

    /** The column names of a CSV header line, read as CSV (a quoted name may hold a comma); none if it is no CSV. */
    private static List<String> headerColumns(String firstLine) {
        try (CSVParser header = CSVFormat.DEFAULT.parse(new StringReader(firstLine))) {
            return header.getRecords().stream()
                    .findFirst()
                    .map(record -> record.stream()
                            .map(c -> c.trim().toLowerCase(Locale.ROOT))
                            .toList())
                    .orElse(List.of());
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }
}
