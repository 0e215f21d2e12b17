package org.smartpick.core.optimize;

/** What the list maximises. */
public enum Objective {
    /** P(at least one match): every program is worth the same. */
    AT_LEAST_ONE_MATCH,
    /** Expected utility of the best program that would take the applicant (Azevedo-Leshno), utilities per candidate. */
    EXPECTED_UTILITY
}
