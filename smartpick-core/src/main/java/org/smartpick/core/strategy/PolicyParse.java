package org.smartpick.core.strategy;

import java.util.List;
import java.util.Optional;
import org.smartpick.core.common.Problem;

/** The outcome of parsing a policy file: the policy when the file was complete and valid, else every problem found. */
public record PolicyParse(Optional<StrategyPolicy> policy, List<Problem> problems) {
    public PolicyParse {
        problems = List.copyOf(problems);
    }
}
