package org.smartpick.core.eligibility;

/**
 * What one hard rule decided for one program: it excludes the applicant, it is open if they complete something by a
 * date this season (a condition), something must be checked with the program, or it passes.
 */
public enum RuleEffect {
    EXCLUDES,
    CONDITION,
    VERIFY,
    PASSES
}
