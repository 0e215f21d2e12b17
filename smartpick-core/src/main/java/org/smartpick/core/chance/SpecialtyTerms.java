package org.smartpick.core.chance;

import java.util.List;

/**
 * The baseline plus applicant-level contributions for one specialty and track, with their variance: what every
 * program of that specialty and track shares for one applicant, worked out once by {@link SpecialtyTermsCache}.
 *
 * @param step2LogOdds the Step 2 CK contribution, which selective programs scale
 * @param opennessLogit the specialty's mean interview-rate log-odds for the applicant type (NaN when none is known)
 */
record SpecialtyTerms(
        List<Contribution> contributions,
        double logOdds,
        double variance,
        double matchGivenInterview,
        double step2LogOdds,
        double opennessLogit) {}
