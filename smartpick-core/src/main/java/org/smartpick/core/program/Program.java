package org.smartpick.core.program;

import java.util.List;
import java.util.Objects;

/**
 * One training program of the catalog. Identity fields are always known; every other attribute is a
 * {@link Fact} with its source and date, unknown when no source states it. {@code firstYearPositions} counts
 * positions that start at PGY-1 (categorical), {@code advancedPositions} those that start at PGY-2.
 * {@code disagreements} records values that an older or other source gave when sources differed (the newer one is
 * kept in the fact).
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
        List<String> disagreements,
        Fact<Integer> advancedPositions,
        ResidentMix residents,
        InterviewRates interviewRates,
        Selectivity selectivity) {

    public Program {
        requireAcgmeId(id);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(specialtyCode, "specialtyCode");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(cycle, "cycle");
        disagreements = List.copyOf(disagreements);
        Objects.requireNonNull(advancedPositions, "advancedPositions");
        Objects.requireNonNull(residents, "residents");
        Objects.requireNonNull(interviewRates, "interviewRates");
        Objects.requireNonNull(selectivity, "selectivity");
    }

    /** A program with the core attributes only; residents, interview rates and selectivity unknown. */
    public Program(
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
        this(
                id,
                name,
                institution,
                city,
                state,
                specialtyCode,
                specialtyName,
                track,
                cycle,
                firstYearPositions,
                setting,
                j1Visa,
                h1bVisa,
                citizenshipRestricted,
                imgSharePct,
                interviewsLastYear,
                minStep2Score,
                maxYearsSinceGraduation,
                maxAttempts,
                programUrl,
                disagreements,
                Fact.unknown(),
                ResidentMix.unknown(),
                InterviewRates.unknown(),
                Selectivity.unknown());
    }

    private static void requireAcgmeId(String id) {
        if (id == null || !id.matches("\\d{10}")) {
            throw new IllegalArgumentException(
                    "program id must be 10 digits (ACGME id, leading zeros kept), was " + id);
        }
    }
}
