package org.smartpick.core.strategy;

import org.smartpick.core.applicant.Profile;

/** Runs the whole recommendation (eligibility, chances, optimized list) for a profile; the strategy's only view of it. */
@FunctionalInterface
public interface ListEvaluator {
    ListOutcome evaluate(Profile profile);
}
