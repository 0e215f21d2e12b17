package org.smartpick.core.season;

/**
 * How a season's date moves to a later (or earlier) season when it is carried over: ERAS and NRMP steps fall on a
 * fixed weekday (the 2026 season opened on Wednesday 2025-06-04, the 2027 one on Wednesday 2026-06-03), the end of
 * the ERAS season and the residency start on a fixed date.
 */
public enum Repeats {
    /** The same weekday, nearest to the same calendar date (at most three days away). */
    SAME_WEEKDAY("same weekday"),
    /** The same month and day. */
    SAME_DATE("same date");

    private final String id;

    Repeats(String id) {
        this.id = id;
    }

    /** The id used in the calendar file. */
    public String id() {
        return id;
    }
}
