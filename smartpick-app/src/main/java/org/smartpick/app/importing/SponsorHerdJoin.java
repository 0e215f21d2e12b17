package org.smartpick.app.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.smartpick.core.program.ResearchIntensity;

/**
 * Finds the research intensity of a program's sponsor from the curated sponsor-to-HERD crosswalk. Institutions compare
 * by {@link InstitutionName#key} and state; a sponsor not in the crosswalk has no research intensity (unknown, not zero).
 */
public final class SponsorHerdJoin {
    static final String CROSSWALK_FILE = "programs/sponsor_herd_crosswalk.csv";
    static final String HERD_FILE = "programs/nsf_herd_fy2023_medical_school_rd_by_institution.csv";

    private final Map<String, ResearchIntensity> byKey = new HashMap<>();

    /** A join over {@code rows}; {@code totalInstitutions} is the number of HERD universities ranked (162 in FY2023). */
    public SponsorHerdJoin(List<SponsorHerdRow> rows, int totalInstitutions) {
        for (SponsorHerdRow row : rows) {
            ResearchIntensity intensity = new ResearchIntensity(
                    row.herdInstitution(),
                    row.medicalSchoolRdThousandUsd(),
                    row.rank(),
                    totalInstitutions,
                    row.matchBasis());
            if (byKey.putIfAbsent(keyOf(row.institution(), row.state()), intensity) != null) {
                throw new IllegalArgumentException("institution " + row.institution() + ", " + row.state()
                        + " is in the crosswalk twice (line " + row.line() + ")");
            }
        }
    }

    /** The shipped crosswalk, ranked among the universities of the shipped HERD table; a broken shipped file throws. */
    public static SponsorHerdJoin shipped() {
        Parsed<SponsorHerdRow> crosswalk = SponsorHerdCsvReader.parse(open(CROSSWALK_FILE));
        Parsed<CsvRow> herd = CsvTable.read(open(HERD_FILE), List.of("rank_by_medical_school_rd", "institution"));
        if (!crosswalk.ok() || !herd.ok()) {
            throw new IllegalStateException(
                    "shipped HERD files have problems: " + crosswalk.problems() + herd.problems());
        }
        return new SponsorHerdJoin(crosswalk.items(), herd.items().size());
    }

    /** The research intensity of the sponsor {@code institution} in {@code state}, if the crosswalk joins it. */
    public Optional<ResearchIntensity> lookup(String institution, String state) {
        return Optional.ofNullable(byKey.get(keyOf(institution, state)));
    }

    static String keyOf(String institution, String state) {
        return InstitutionName.key(institution) + "|" + state.trim().toUpperCase(Locale.ROOT);
    }

    private static Reader open(String file) {
        InputStream in = SponsorHerdJoin.class.getResourceAsStream("/data/" + file);
        if (in == null) {
            throw new UncheckedIOException(
                    new IOException("shipped data file /data/" + file + " is not on the classpath"));
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
