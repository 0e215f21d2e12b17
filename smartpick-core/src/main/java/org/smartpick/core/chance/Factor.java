package org.smartpick.core.chance;

/**
 * The linear factors of the interview model. Each factor turns a profile and program fact into a number x (its
 * unit is in {@link #unit}); its contribution to the log-odds is {@code coefficient * x}. Every factor is oriented
 * so that a better applicant fact never lowers x times a coefficient of the documented sign.
 */
public enum Factor {
    STEP2("step2ck", "per 10 points of Step 2 CK above the specialty reference"),
    STEP1("step1", "per 10 points of a numeric Step 1 above the reference"),
    STEP3_PASSED("step3-passed", "1 when Step 3 is passed"),
    STEP3_SCORE("step3-score", "per 10 points of Step 3 above the reference"),
    FAILED_ATTEMPTS("failed-attempts", "per failed USMLE sitting"),
    YEARS_SINCE_GRADUATION("years-since-graduation", "per year since graduation beyond the free years"),
    EARLIER_CYCLES("earlier-cycles", "per earlier application cycle (capped at 3)"),
    HANDS_ON_USCE("usce-hands-on", "per month of hands-on US clinical experience (IMGs, capped)"),
    OBSERVERSHIP("usce-observership", "per month of US observership (IMGs, capped)"),
    US_LETTERS("us-letters", "per letter from a US physician (IMGs, capped)"),
    RESEARCH("research", "per research item (capped)"),
    RESEARCH_IN_SPECIALTY("research-in-specialty", "per research item in the goal specialty, goal programs (capped)"),
    SPECIALTY_EXPERIENCE("specialty-experience", "per month of goal-specialty experience, goal programs (capped)"),
    LETTERS_FROM_SPECIALTY("letters-from-specialty", "per letter from the goal specialty, goal programs (capped)"),
    IMG_SHARE("img-share", "per 10 percentage points of IMG residents above the reference (IMGs)"),
    VISA_UNKNOWN("visa-unknown", "1 when the program's sponsorship of the applicant's visas is unknown"),
    VISA_NOT_SPONSORED("visa-not-sponsored", "1 when the program sponsors none of the applicant's visas"),
    PREFERRED_STATE("preferred-state", "1 when the program is in a state the applicant prefers"),
    INTERVIEWS_PER_POSITION("interviews-per-position", "log of interviews per first-year position over the reference"),
    PROGRAM_OPENNESS(
            "program-openness",
            "log-odds of the program's interview rate for your applicant type (ERAS 2024, "
                    + "shrunk toward the specialty) over the specialty's typical rate"),
    STEP2_AT_SELECTIVE(
            "step2-selectivity",
            "your Step 2 CK contribution times the program's selectivity (residents' " + "average Step 1 band, -1..1)");

    private final String key;
    private final String unit;

    Factor(String key, String unit) {
        this.key = key;
        this.unit = unit;
    }

    /** The name used in the parameters file ({@code coef.<key>}) and in contributions. */
    public String key() {
        return key;
    }

    public String unit() {
        return unit;
    }

    /** The factor with this key. */
    public static java.util.Optional<Factor> findByKey(String key) {
        return java.util.Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    /** Factors that depend on the program, not only on the applicant and the specialty. */
    public boolean programLevel() {
        return ordinal() >= IMG_SHARE.ordinal();
    }
}
