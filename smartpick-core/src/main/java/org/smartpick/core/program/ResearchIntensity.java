package org.smartpick.core.program;

import java.util.Locale;
import java.util.Objects;

/**
 * The research intensity of a program's sponsor: the medical-school R&D of the university it belongs to (NSF HERD
 * FY2023, thousand USD), its rank among the {@code totalInstitutions} universities with a medical school, and how
 * the sponsor was tied to that university ({@code matchBasis}).
 */
public record ResearchIntensity(String herdInstitution, long medicalSchoolRdThousandUsd, int rank, int totalInstitutions,
                                String matchBasis) {
    public ResearchIntensity {
        Objects.requireNonNull(herdInstitution, "herdInstitution");
        Objects.requireNonNull(matchBasis, "matchBasis");
        if (medicalSchoolRdThousandUsd < 0) {
            throw new IllegalArgumentException("medicalSchoolRdThousandUsd must be >= 0, was " + medicalSchoolRdThousandUsd);
        }
        if (rank < 1 || rank > totalInstitutions) {
            throw new IllegalArgumentException("rank must be 1.." + totalInstitutions + ", was " + rank);
        }
    }

    /** "U. Michigan: $1.05 billion medical-school R&D, rank 7 of 162". */
    public String describe() {
        return herdInstitution + ": " + dollars() + " medical-school R&D, rank " + rank + " of " + totalInstitutions;
    }

    private String dollars() {
        double millions = medicalSchoolRdThousandUsd / 1000.0;
        return millions >= 1000 ? String.format(Locale.ROOT, "$%.2f billion", millions / 1000)
                : String.format(Locale.ROOT, "$%.0f million", millions);
    }

    /** Top fifth of the ranked universities: the research-intensive academic centres. */
    public boolean topFifth() {
        return rank * 5 <= totalInstitutions;
    }
}
