package org.smartpick.core.applicant;

import java.util.OptionalInt;

/** USMLE Step 2 CK: the numeric score (empty when not yet taken) and the number of sittings. */
public record Step2ck(OptionalInt score, int attempts) {
    public Step2ck {
        score = score == null ? OptionalInt.empty() : score;
        attempts = score.isPresent() && attempts == 0 ? 1 : attempts;
    }

    public static Step2ck notTaken() {
        return new Step2ck(OptionalInt.empty(), 0);
    }

    public boolean taken() {
        return score.isPresent();
    }
}
