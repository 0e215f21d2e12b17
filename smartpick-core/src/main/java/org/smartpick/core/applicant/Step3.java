package org.smartpick.core.applicant;

import java.util.OptionalInt;

/** USMLE Step 3: whether it was taken and passed, the score when known, and the number of sittings. */
public record Step3(boolean taken, boolean passed, OptionalInt score, int attempts) {
    public Step3 {
        score = score == null ? OptionalInt.empty() : score;
        attempts = (score.isPresent() || taken) && attempts == 0 ? 1 : attempts;
    }

    public static Step3 notTaken() {
        return new Step3(false, false, OptionalInt.empty(), 0);
    }
}
