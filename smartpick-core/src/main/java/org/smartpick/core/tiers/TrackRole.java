package org.smartpick.core.tiers;

/**
 * A program's place on the applicant's way to the goal: a goal track, or a pathway (a first step such as core
 * Pediatrics before genetics) that is linked to the goal when its institution also runs a program of the goal's
 * family, unlinked when the family has such programs elsewhere only, or a plain pathway when no family describes it.
 */
public enum TrackRole {
    GOAL,
    PATHWAY,
    LINKED_PATHWAY,
    UNLINKED_PATHWAY;

    public boolean isPathway() {
        return this != GOAL;
    }
}
