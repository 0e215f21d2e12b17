package org.smartpick.core.recommend;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;
import org.smartpick.core.optimize.Objective;

/**
 * How to run one recommendation: the ERAS season whose fees and signal tables apply (and whose match year counts
 * years since graduation), today's date (for stale facts), budget overrides that win over the profile's budget,
 * the objective, whether to compute the strategy plan and what-ifs (they re-run the list several times), and
 * whether every eligible program carries its contributions and facts ({@code fullDetail}) or only the selected ones
 * (the default, which keeps a response for ~1,000 eligible programs small).
 */
public record RecommendOptions(int season, LocalDate today, OptionalInt budgetUsd, OptionalInt budgetPrograms,
                               Objective objective, boolean withStrategy, boolean fullDetail) {
    public RecommendOptions {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(objective, "objective");
        budgetUsd = budgetUsd == null ? OptionalInt.empty() : budgetUsd;
        budgetPrograms = budgetPrograms == null ? OptionalInt.empty() : budgetPrograms;
    }

    public static RecommendOptions defaults(int season, LocalDate today) {
        return new RecommendOptions(season, today, OptionalInt.empty(), OptionalInt.empty(), Objective.AT_LEAST_ONE_MATCH,
                true, false);
    }

    public RecommendOptions withoutStrategy() {
        return new RecommendOptions(season, today, budgetUsd, budgetPrograms, objective, false, fullDetail);
    }

    /** The same options with contributions and facts for every eligible program, not only the selected ones. */
    public RecommendOptions withFullDetail() {
        return new RecommendOptions(season, today, budgetUsd, budgetPrograms, objective, withStrategy, true);
    }
}
