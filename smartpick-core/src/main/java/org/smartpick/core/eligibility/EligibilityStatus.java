package org.smartpick.core.eligibility;

/** Whether the applicant can apply: yes, yes but something must be checked with the program, or no. */
public enum EligibilityStatus {
    ELIGIBLE, VERIFY, INELIGIBLE
}
