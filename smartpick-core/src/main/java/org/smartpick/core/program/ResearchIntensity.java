package org.smartpick.core.program;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How research-intensive a program's sponsor is: the medical-school R&D of the university the sponsor was joined to
 * in the NSF Higher Education R&D Survey (HERD) FY2023, its rank among the {@code totalInstitutions} universities
 * with a medical school (1 = most R&D), and why the sponsor was joined to that university.
 */
public record ResearchIntensity(
        String herdInstitution,
        long medicalSchoolRdThousandUsd,
        int rank,
        int totalInstitutions,
        MatchBasis matchBasis) {

    /** Why a sponsor was joined to a HERD university; only the first two say the sponsor is the university. */
    public enum MatchBasis {
        /** The sponsor is the university itself, its medical school or its academic medical center. */
        SAME_UNIVERSITY("same university"),
        /** The sponsor is the university's own hospital or health system, named after it. */
        UNIVERSITY_HOSPITAL_OF("university hospital of"),
        /** An independent hospital joined to the university it is affiliated with (genetics crosswalk only). */
        AFFILIATION_INFERRED("affiliation inferred");

        private final String label;

        MatchBasis(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The basis whose label is {@code text} (as written in the crosswalk file), ignoring case. */
        public static Optional<MatchBasis> findByLabel(String text) {
            return Arrays.stream(values())
                    .filter(b -> b.label.equalsIgnoreCase(text.trim()))
                    .findFirst();
        }
    }

    public ResearchIntensity {
        Objects.requireNonNull(herdInstitution, "herdInstitution");
        Objects.requireNonNull(matchBasis, "matchBasis");
        if (herdInstitution.isBlank()) {
            throw new IllegalArgumentException("herdInstitution must not be blank");
        }
        if (medicalSchoolRdThousandUsd < 0) {
            throw new IllegalArgumentException(
                    "medicalSchoolRdThousandUsd must be >= 0, was " + medicalSchoolRdThousandUsd);
        }
        if (totalInstitutions < 1) {
            throw new IllegalArgumentException("totalInstitutions must be >= 1, was " + totalInstitutions);
        }
        if (rank < 1 || rank > totalInstitutions) {
            throw new IllegalArgumentException("rank must be 1.." + totalInstitutions + ", was " + rank);
        }
    }

    /**
     * One line for users, e.g. "U. Michigan, Ann Arbor: $797 million medical-school R&amp;D, rank 15 of 162 (NSF HERD
     * FY2023)"; an affiliation says so, because the figure is then the affiliated university's, not the sponsor's.
     */
    public String describe() {
        String who = matchBasis == MatchBasis.AFFILIATION_INFERRED
                ? herdInstitution + " (affiliated university)"
                : herdInstitution;
        return who + ": " + dollars(medicalSchoolRdThousandUsd) + " medical-school R&D, rank " + rank + " of "
                + totalInstitutions + " (NSF HERD FY2023)";
    }

    /** Thousand USD in words: "$1.79 billion", "$797 million", "$5.9 million", "$667 thousand". */
    static String dollars(long thousandUsd) {
        if (thousandUsd >= 1_000_000) {
            return String.format(Locale.ROOT, "$%.2f billion", thousandUsd / 1_000_000.0);
        }
        if (thousandUsd >= 10_000) {
            return String.format(Locale.ROOT, "$%d million", Math.round(thousandUsd / 1_000.0));
        }
        if (thousandUsd >= 1_000) {
            return String.format(Locale.ROOT, "$%.1f million", thousandUsd / 1_000.0);
        }
        return "$" + thousandUsd + " thousand";
    }
}
