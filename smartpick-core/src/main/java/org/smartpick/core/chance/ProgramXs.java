package org.smartpick.core.chance;

import org.smartpick.core.applicant.ApplicantType;

/**
 * The x of each program-level factor that reads no applicant fact but the applicant type, worked out once per catalog
 * program ({@link ChanceModel#programXs}): a recommendation then reads a few numbers per program instead of its facts.
 * NaN where the fact is unknown, as {@link ApplicantChances.ProgramFactors} holds them.
 *
 * @param imgShareX the IMG-share x for an IMG applicant (a non-IMG gets NaN: the factor does not apply)
 * @param interviewsX the interviews-per-position x
 * @param selectivity the residents' Step 1 band as -1..1 (0 when unknown)
 * @param opennessXByType the openness x by {@link ApplicantType} ordinal
 */
public record ProgramXs(double imgShareX, double interviewsX, double selectivity, double[] opennessXByType) {
    /** The openness x for applicants of {@code type}. */
    public double opennessX(ApplicantType type) {
        return opennessXByType[type.ordinal()];
    }
}
