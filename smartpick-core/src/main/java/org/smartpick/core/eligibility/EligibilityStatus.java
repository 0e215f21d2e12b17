package org.smartpick.core.eligibility;

/**
 * Whether the applicant can apply: yes, yes but something must be checked with the program, yes if they complete
 * something by a date this season (conditional; there may be points to verify too), or no.
 */
public enum EligibilityStatus {
    ELIGIBLE,
    VERIFY,
    CONDITIONAL,
    INELIGIBLE
}
