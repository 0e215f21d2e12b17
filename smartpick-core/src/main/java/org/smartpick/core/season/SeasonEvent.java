package org.smartpick.core.season;

import java.util.Arrays;
import java.util.Optional;

/**
 * A step of an ERAS season that SmartPick plans with, by its id in {@code eras_season_calendar.csv}, in the order
 * the steps come. Every step is a date except the Step 3 result turnaround, a number of days.
 */
public enum SeasonEvent {
    ERAS_OPENS("eras_opens", "ERAS season opens (MyERAS)"),
    FELLOWSHIP_JULY_SUBMIT_FROM(
            "fellowship_july_submit_from",
            "July-cycle fellowship applicants (categorical Medical Genetics and Genomics) may submit"),
    FELLOWSHIP_JULY_REVIEW_FROM("fellowship_july_review_from", "July-cycle fellowship programs begin reviewing"),
    RESIDENCY_SUBMIT_FROM("residency_submit_from", "Residency applicants may submit"),
    NRMP_REGISTRATION_OPENS("nrmp_registration_opens", "NRMP Main Residency Match registration opens"),
    RESIDENCY_REVIEW_FROM("residency_review_from", "Residency programs begin reviewing applications"),
    RANK_LIST_DEADLINE("rank_list_deadline", "NRMP rank order list certification deadline"),
    MATCH_DAY("match_day", "Match Day"),
    ERAS_SEASON_ENDS("eras_season_ends", "ERAS season ends"),
    RESIDENCY_STARTS("residency_starts", "Residency starts"),
    STEP3_RESULT_DAYS("step3_result_days", "Step 3 result arrives about this many days after the exam");

    private final String id;
    private final String label;

    SeasonEvent(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The id used in the calendar file. */
    public String id() {
        return id;
    }

    /** What happens, in words. */
    public String label() {
        return label;
    }

    /** Whether the event is a number of days rather than a date. */
    public boolean duration() {
        return this == STEP3_RESULT_DAYS;
    }

    public static Optional<SeasonEvent> find(String id) {
        return Arrays.stream(values()).filter(e -> e.id.equals(id)).findFirst();
    }
}
