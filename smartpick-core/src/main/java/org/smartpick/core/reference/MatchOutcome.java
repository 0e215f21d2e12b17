package org.smartpick.core.reference;

import java.util.Optional;
import org.smartpick.core.applicant.ApplicantType;

/**
 * NRMP Main Match PGY-1 outcome for one specialty row and applicant type. {@code specialtyCode} is the ACGME code
 * the NRMP row maps to, when one does (e.g. "Internal Medicine (Categorical)" maps to 140).
 */
public record MatchOutcome(
        int season,
        String nrmpSpecialty,
        Optional<String> specialtyCode,
        ApplicantType applicantType,
        int applicants,
        int matches) {
    public MatchOutcome {
        if (matches < 0 || applicants < 0 || matches > applicants) {
            throw new IllegalArgumentException("matches must be 0..applicants for " + nrmpSpecialty + " "
                    + applicantType + ", was " + matches + " of " + applicants);
        }
    }

    public double matchRate() {
        return applicants == 0 ? 0 : (double) matches / applicants;
    }
}
