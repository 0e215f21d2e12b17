package org.smartpick.core.recommend;

/** How a program's match chance compares with the applicant's other options, by the thresholds in the policy file. */
public enum Tier {
    REACH("Reach"), REALISTIC("Realistic"), SAFETY("Safety");

    private final String label;

    Tier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
