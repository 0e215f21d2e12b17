package org.smartpick.core.applicant;

import java.util.OptionalInt;

/** USMLE Step 1: pass/fail since 2022; older reports carry a numeric score. Attempts counts every sitting. */
public record Step1(ExamResult result, OptionalInt score, int attempts) {
    public Step1 {
        result = result == null ? ExamResult.NOT_TAKEN : result;
        score = score == null ? OptionalInt.empty() : score;
        attempts = (score.isPresent() || result != ExamResult.NOT_TAKEN) && attempts == 0 ? 1 : attempts;
    }

    public static Step1 notTaken() {
        return new Step1(ExamResult.NOT_TAKEN, OptionalInt.empty(), 0);
    }
}
