package org.smartpick.core.eligibility;

/**
 * What an applicant can still complete this season that a program's rule waits for: a conditional program is open
 * to them if they complete it by the date the condition names.
 */
public enum ConditionKind {
    /** USMLE Step 3 passed, with the result in hand (an H-1B petition for residency needs it). */
    STEP3_PASSED("Step 3 passed"),
    /** ECFMG certification (every IMG needs it to start residency, and for the J-1). */
    ECFMG_CERTIFIED("ECFMG certified"),
    /** A Step 2 CK score at or above the program's stated minimum, reported before the program screens. */
    STEP2CK_SCORE("Step 2 CK score at the program's minimum");

    private final String label;

    ConditionKind(String label) {
        this.label = label;
    }

    /** What must be done, in words that read before "by <date>". */
    public String label() {
        return label;
    }
}
