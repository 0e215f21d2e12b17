package org.smartpick.core.tiers;

/**
 * Where a program sits in the applicant's list: a Reach (a highly academic, top-tier centre, one that rarely takes
 * applicants like this one, or where their chance is very low), Realistic, or a Safety (a program with a record of
 * taking applicants like this one and a fair chance; for a pathway, one that leads on to the goal).
 */
public enum Tier {
    REACH("Reach"),
    REALISTIC("Realistic"),
    SAFETY("Safety");

    private final String label;

    Tier(String label) {
        this.label = label;
    }

    /** The tier as the report, the page and the API's JSON name it. */
    public String label() {
        return label;
    }
}
