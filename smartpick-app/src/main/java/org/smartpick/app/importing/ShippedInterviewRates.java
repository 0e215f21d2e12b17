package org.smartpick.app.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.smartpick.app.importing.InterviewRateJoin.JoinResult;
import org.smartpick.app.importing.InterviewRateJoin.NameEvidence;
import org.smartpick.core.program.Catalog;

/**
 * The shipped ERAS 2024 interview-rate file and what its join to the catalog uses, read from the classpath
 * {@code /data/}: the other names of ACGME ids (Residency Explorer 2021, FREIDA 2025) and the hand-checked sponsor
 * renames. A broken shipped file is a bug and throws.
 */
public final class ShippedInterviewRates {
    static final String RATES = "programs/eras2024_program_interview_rates.csv";
    static final String RESIDENCY_EXPLORER = "programs/aamc_residency_explorer_2021_programs.csv";
    static final String FREIDA = "freida_internal_medicine_programs_2025.csv";
    static final String SAME_SPONSORS = "programs/eras2024_interview_rates_same_sponsors.csv";
    static final String UNJOINED_REPORT = "programs/eras2024_interview_rates_unjoined.csv";
    static final String OUTSIDE_CATALOG_REPORT = "programs/eras2024_interview_rates_outside_catalog.csv";

    private ShippedInterviewRates() {}

    public static List<InterviewRateRow> rows() {
        return require(RATES, InterviewRatesCsvReader.parse(open(RATES)));
    }

    public static NameEvidence nameEvidence() {
        List<ProgramAlias> aliases = new ArrayList<>(require(
                RESIDENCY_EXPLORER, ProgramAlias.parse(open(RESIDENCY_EXPLORER), "AAMC Residency Explorer 2021")));
        aliases.addAll(require(FREIDA, ProgramAlias.parse(open(FREIDA), "AMA FREIDA 2025")));
        return new NameEvidence(aliases, require(SAME_SPONSORS, SameSponsor.parse(open(SAME_SPONSORS))));
    }

    /** Joins the shipped rows to the catalog's programs. */
    public static JoinResult join(Catalog catalog) {
        return InterviewRateJoin.join(rows(), catalog.programs(), nameEvidence());
    }

    private static <T> List<T> require(String file, Parsed<T> parsed) {
        if (!parsed.ok()) {
            throw new IllegalStateException("shipped file " + file + " has problems: " + parsed.problems());
        }
        return parsed.items();
    }

    static Reader open(String file) {
        InputStream in = ShippedInterviewRates.class.getResourceAsStream("/data/" + file);
        if (in == null) {
            throw new UncheckedIOException(
                    new IOException("shipped data file /data/" + file + " is not on the classpath"));
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
