package org.smartpick.core.recommend;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.optimize.ApplicationOptimizer;
import org.smartpick.core.strategy.ListEvaluator;
import org.smartpick.core.strategy.ListOutcome;

/**
 * The strategy's view of the lists of one recommendation: those worked out ahead by profile, the others built when
 * asked (and kept). A kept list is judged with the inputs of the changed profile's own list. Used by one thread at a
 * time.
 */
final class StrategyLists implements ListEvaluator {
    private final ListPlanner planner;
    private final Map<Profile, ListResult> lists;
    private final Function<Profile, ListResult> build;

    StrategyLists(ListPlanner planner, Map<Profile, ListResult> lists, Function<Profile, ListResult> build) {
        this.planner = planner;
        this.lists = lists;
        this.build = build;
    }

    private ListResult listFor(Profile profile) {
        return lists.computeIfAbsent(profile, build);
    }

    @Override
    public ListOutcome evaluate(Profile profile) {
        return planner.outcome(profile, listFor(profile));
    }

    @Override
    public Optional<ListOutcome> evaluateList(Profile profile, ListOutcome list) {
        ListInputs inputs = listFor(profile).inputs();
        return ApplicationOptimizer.evaluate(inputs.request(), list.listWithSignals())
                .map(plan -> planner.outcome(profile, new ListResult(inputs, plan)));
    }
}
