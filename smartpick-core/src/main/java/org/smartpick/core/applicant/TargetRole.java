package org.smartpick.core.applicant;

/** Whether a target specialty is the applicant's goal or a pathway towards it (e.g. core Pediatrics before genetics). */
public enum TargetRole {
    GOAL,
    PATHWAY
}
