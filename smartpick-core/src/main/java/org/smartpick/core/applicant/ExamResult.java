package org.smartpick.core.applicant;

/** The reported outcome of a USMLE step. */
public enum ExamResult {
    PASS,
    FAIL,
    NOT_TAKEN
}
