package org.smartpick.app.importing;

import org.smartpick.core.program.ResearchIntensity.MatchBasis;

/**
 * One row of {@code data/programs/sponsor_herd_crosswalk.csv}: a catalog institution (as
 * {@link InstitutionName#normalise} gives it) in a state, the NSF HERD FY2023 university it was joined to, why, and
 * that university's medical-school R&D (thousand USD) and rank.
 */
public record SponsorHerdRow(
        long line,
        String institution,
        String state,
        String herdInstitution,
        MatchBasis matchBasis,
        long medicalSchoolRdThousandUsd,
        int rank,
        String note) {}
