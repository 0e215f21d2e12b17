package org.smartpick.core.strategy;

import java.util.Optional;
import org.smartpick.core.applicant.Profile;

/** Runs the whole recommendation (eligibility, chances, optimized list) for a profile; the strategy's only view of it. */
@FunctionalInterface
public interface ListEvaluator {
    /** The list recommended for the profile. */
    ListOutcome evaluate(Profile profile);

    /**
     * The same programs and signals as {@code list}, judged with this profile's chances (and its values for the
     * objective); empty when a program on it is closed to the profile, or when the evaluator cannot judge a given
     * list (then the what-ifs compare re-optimized lists only).
     */
    default Optional<ListOutcome> evaluateList(Profile profile, ListOutcome list) {
        return Optional.empty();
    }
}
