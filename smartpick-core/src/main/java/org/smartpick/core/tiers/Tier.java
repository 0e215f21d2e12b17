package org.smartpick.core.tiers;

/** How the applicant's chance at one program compares with the documented thresholds. */
public enum Tier {
    REACH, REALISTIC, SAFETY
}
