package org.smartpick.core.program;

/** The ERAS application cycle a specialty runs in; it decides the fee schedule that applies. */
public enum ApplicationCycle {
    RESIDENCY_SEPTEMBER,
    FELLOWSHIP_JULY,
    FELLOWSHIP_DECEMBER;

    /** The fee schedule family: residency or fellowship. */
    public String feeScheduleType() {
        return this == RESIDENCY_SEPTEMBER ? "residency" : "fellowship";
    }
}
