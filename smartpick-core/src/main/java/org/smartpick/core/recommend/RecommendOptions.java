package org.smartpick.core.recommend;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.TargetRole;
import org.smartpick.core.optimize.Objective;

/**
 * How to run one recommendation: the ERAS season whose fees and signal tables apply (and whose match year counts
 * years since graduation), today's date (for stale facts), budget overrides that win over the profile's budget,
 * the objective, whether to compute the strategy plan and what-ifs (they re-run the list several times), and
 * whether every eligible program carries its contributions and facts ({@code fullDetail}) or only the selected ones
 * (the default, which keeps a response for ~1,000 eligible programs small).
 */
public record RecommendOptions(
        int season,
        LocalDate today,
        OptionalInt budgetUsd,
        OptionalInt budgetPrograms,
        Objective objective,
        boolean withStrategy,
        boolean fullDetail) {
    public RecommendOptions {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(objective, "objective");
        budgetUsd = budgetUsd == null ? OptionalInt.empty() : budgetUsd;
        budgetPrograms = budgetPrograms == null ? OptionalInt.empty() : budgetPrograms;
    }

    /**
     * The objective a profile asks for when the user picks none: expected utility when the targets rank goal tracks
     * above pathway tracks (the applicant stated a preference), else P(at least one match).
     */
    public static Objective defaultObjectiveFor(Profile profile) {
        boolean goals = profile.targets().stream().anyMatch(t -> t.role() == TargetRole.GOAL);
        boolean pathways = profile.targets().stream().anyMatch(t -> t.role() == TargetRole.PATHWAY);
        boolean weighted = profile.targets().stream().anyMatch(t -> t.weight().isPresent());
        return (goals && pathways) || weighted ? Objective.EXPECTED_UTILITY : Objective.AT_LEAST_ONE_MATCH;
    }

    /** The defaults for this profile: no budget override, its default objective, strategy on, compact detail. */
    public static RecommendOptions defaults(int season, LocalDate today, Profile profile) {
        return new RecommendOptions(
                season, today, OptionalInt.empty(), OptionalInt.empty(), defaultObjectiveFor(profile), true, false);
    }

    public static RecommendOptions defaults(int season, LocalDate today) {
        return new RecommendOptions(
                season, today, OptionalInt.empty(), OptionalInt.empty(), Objective.AT_LEAST_ONE_MATCH, true, false);
    }

    public RecommendOptions withoutStrategy() {
        return new RecommendOptions(season, today, budgetUsd, budgetPrograms, objective, false, fullDetail);
    }

    /** The same options with contributions and facts for every eligible program, not only the selected ones. */
    public RecommendOptions withFullDetail() {
        return new RecommendOptions(season, today, budgetUsd, budgetPrograms, objective, withStrategy, true);
    }
}
