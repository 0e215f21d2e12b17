package org.smartpick.core.program;

import java.util.List;
import java.util.Objects;

/**
 * One training program of the catalog. Identity fields are always known; every other attribute is a
 * {@link Fact} with its source and date, unknown when no source states it. {@code disagreements} records values
 * that an older or other source gave when sources differed (the newer one is kept in the fact).
 */
public record Program(
        String id,
        String name,
        String institution,
        String city,
        String state,
        String specialtyCode,
        String specialtyName,
        Track track,
        ApplicationCycle cycle,
        Fact<Integer> firstYearPositions,
        Fact<Setting> setting,
        Fact<YesNoUnknown> j1Visa,
        Fact<YesNoUnknown> h1bVisa,
        Fact<YesNoUnknown> citizenshipRestricted,
        Fact<Double> imgSharePct,
        Fact<Integer> interviewsLastYear,
        Fact<Integer> minStep2Score,
        Fact<Integer> maxYearsSinceGraduation,
        Fact<Integer> maxAttempts,
        String programUrl,
        List<String> disagreements) {

    public Program {
        requireAcgmeId(id);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(specialtyCode, "specialtyCode");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(cycle, "cycle");
        disagreements = List.copyOf(disagreements);
    }

    private static void requireAcgmeId(String id) {
        if (id == null || !id.matches("\\d{10}")) {
            throw new IllegalArgumentException("program id must be 10 digits (ACGME id, leading zeros kept), was " + id);
        }
    }
}
