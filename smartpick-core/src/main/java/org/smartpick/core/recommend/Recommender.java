package org.smartpick.core.recommend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.chance.ChanceModel;
import org.smartpick.core.common.TaskRunner;
import org.smartpick.core.eligibility.EligibilityRules;
import org.smartpick.core.pathways.Pathways;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.season.SeasonCalendar;
import org.smartpick.core.signals.SignalPolicies;
import org.smartpick.core.strategy.Assessment;
import org.smartpick.core.strategy.ListEvaluator;
import org.smartpick.core.strategy.ListOutcome;
import org.smartpick.core.strategy.Strategy;
import org.smartpick.core.strategy.StrategyAdvisor;
import org.smartpick.core.strategy.StrategyInputs;
import org.smartpick.core.strategy.StrategyPolicy;
import org.smartpick.core.tiers.TierClassifier;
import org.smartpick.core.tiers.TierPolicy;

/**
 * The whole recommendation, from a checked profile and a catalog: hard eligibility for every program in the target
 * specialties, the model's chances at the eligible ones, the optimized list under the budget with signals and fees,
 * tiers and pathway reasons, then the strategy plan, what-ifs and the verify checklist. Pure: same inputs, same
 * output. It tells the story; {@link CatalogIndex}, {@link ProgramAssessor}, {@link ListPlanner} and
 * {@link ReportComposer} do the work.
 */
public final class Recommender {
    private final StrategyPolicy strategyPolicy;
    private final Pathways pathways;
    private final TierClassifier tiers;
    private final ChanceModel chanceModel;
    private final SeasonCalendar seasons;
    private final TaskRunner tasks;
    private final ListPlanner planner;
    private final ReportComposer composer;
    private final AtomicReference<CatalogIndex> index = new AtomicReference<>();

    /** Everything a recommender is built from: the model, each versioned policy and the season calendar. */
    public record Parts(
            ChanceModel chanceModel,
            EligibilityRules eligibilityRules,
            StrategyPolicy strategyPolicy,
            RecommendPolicy policy,
            TierPolicy tiers,
            Pathways pathways,
            SignalPolicies signalPolicies,
            SeasonCalendar seasons) {}

    /** A recommender that computes everything on the calling thread. */
    public Recommender(Parts parts) {
        this(parts, TaskRunner.callerOnly());
    }

    /**
     * A recommender that computes the reported list and each what-if list as separate {@code tasks}, so that free
     * helper threads shorten one recommendation; the result is the same as on one thread.
     */
    public Recommender(Parts parts, TaskRunner tasks) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.strategyPolicy = parts.strategyPolicy();
        this.pathways = parts.pathways();
        this.tiers = parts.tiers().classifier();
        this.chanceModel = parts.chanceModel();
        this.seasons = Objects.requireNonNull(parts.seasons(), "seasons");
        ProgramAssessor assessor = new ProgramAssessor(pathways, parts.policy());
        this.planner = new ListPlanner(
                parts.chanceModel(),
                parts.eligibilityRules(),
                parts.policy(),
                parts.signalPolicies(),
                seasons,
                assessor);
        this.composer = new ReportComposer(parts, tiers, planner);
    }

    /** The season calendar the recommender plans with; {@link SeasonCalendar#nextOpenSeason} gives the default season. */
    public SeasonCalendar seasons() {
        return seasons;
    }

    /**
     * The whole recommendation. Once the profile's programs are assessed, the reported list, the report's draft
     * and each what-if list the strategy compares are separate tasks; then the strategy, which reads the what-if
     * outcomes computed ahead, and the reported list's wording are two more.
     */
    public Recommendation recommend(Profile profile, Catalog catalog, RecommendOptions options) {
        // 1. Index the catalog (once per catalog) and assess every program of the target specialties.
        CatalogIndex catalogIndex = index(catalog);
        ListInputs base = planner.listInputs(profile, catalogIndex, options, false, Optional.empty());
        // 2. Plan the list, draft the report and plan each what-if list the strategy compares, as separate tasks.
        List<Profile> changed = options.withStrategy() ? StrategyAdvisor.profilesToEvaluate(profile) : List.of();
        Function<Profile, ListResult> whatIfList = change ->
                ListPlanner.optimized(planner.listInputs(change, catalogIndex, options, true, Optional.of(base)));
        List<Supplier<ListResult>> whatIfs = new ArrayList<>(changed.size());
        for (Profile change : changed) {
            whatIfs.add(() -> whatIfList.apply(change));
        }
        TaskRunner.Both<List<ListResult>, ReportComposer.ReportDraft> planned = tasks.both(
                () -> ListPlanner.optimized(base), () -> composer.draft(catalogIndex, options, base), whatIfs);
        ListResult list = planned.first().get(0);
        Map<Profile, ListResult> lists = new HashMap<>();
        lists.put(profile, list);
        for (int i = 0; i < changed.size(); i++) {
            lists.put(changed.get(i), planned.first().get(i + 1));
        }
        // 3. The strategy (it reads the what-if outcomes) and the reported list's wording, as two more tasks.
        TaskRunner.Both<Strategy, ReportComposer.ReportedList> closing = tasks.both(
                () -> strategy(profile, catalog, options, new StrategyLists(planner, lists, whatIfList)),
                () -> composer.report(catalogIndex, list, planned.second()));
        // 4. Compose the answer.
        return composer.compose(profile, catalogIndex, options, list, closing.second(), closing.first());
    }

    /** The strategy plan, what-ifs and verify checklist, judged on {@code lists}; empty when not asked for. */
    private Strategy strategy(Profile profile, Catalog catalog, RecommendOptions options, ListEvaluator lists) {
        if (!options.withStrategy()) {
            return new Strategy(new Assessment(List.of(), List.of(), List.of()), List.of(), List.of(), List.of());
        }
        return StrategyAdvisor.advise(
                profile,
                new StrategyInputs(catalog, strategyPolicy, options.today(), Optional.of(planner.deadlines(options))),
                lists);
    }

    /** P(at least one match), the chosen ids and the chance of a goal-track match: what a what-if compares. */
    public ListOutcome evaluate(Profile profile, Catalog catalog, RecommendOptions options) {
        return planner.outcome(
                profile,
                ListPlanner.optimized(planner.listInputs(profile, index(catalog), options, true, Optional.empty())));
    }

    /**
     * The strategy's view of this catalog and these options, every list built from scratch (a recommendation
     * reuses what its own list worked out and must give the same what-ifs). Not thread-safe: one caller at a time.
     */
    public ListEvaluator evaluator(Catalog catalog, RecommendOptions options) {
        return new StrategyLists(
                planner,
                new HashMap<>(),
                asked -> ListPlanner.optimized(
                        planner.listInputs(asked, index(catalog), options, true, Optional.empty())));
    }

    /** The catalog's index, built once per catalog instance (the last one asked for is kept). */
    // Reuse is keyed on the same instance: an equal copy is recomputed, never wrongly reused.
    @SuppressWarnings("ReferenceEquality")
    private CatalogIndex index(Catalog catalog) {
        CatalogIndex cached = index.get();
        if (cached != null && cached.catalog() == catalog) {
            return cached;
        }
        CatalogIndex built = CatalogIndex.of(catalog, pathways, tiers, chanceModel);
        index.set(built);
        return built;
    }
}
