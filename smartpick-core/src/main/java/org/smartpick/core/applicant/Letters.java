package org.smartpick.core.applicant;

/** Letters of recommendation: total, from US physicians, and from the goal specialty. */
public record Letters(int total, int us, int fromSpecialty) {
    public static Letters none() {
        return new Letters(0, 0, 0);
    }
}
