package org.smartpick.core.recommend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.applicant.Budget;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.Target;
import org.smartpick.core.applicant.TargetRole;
import org.smartpick.core.chance.ApplicantChances;
import org.smartpick.core.chance.ApplicantChances.ListChances;
import org.smartpick.core.chance.ApplicantChances.ProgramFactors;
import org.smartpick.core.chance.ChanceEstimate;
import org.smartpick.core.chance.ChanceModel;
import org.smartpick.core.common.Decimals;
import org.smartpick.core.common.TaskRunner;
import org.smartpick.core.eligibility.Condition;
import org.smartpick.core.eligibility.EligibilityRules;
import org.smartpick.core.eligibility.EligibilityVerdict;
import org.smartpick.core.eligibility.RuleEffect;
import org.smartpick.core.eligibility.SeasonDeadlines;
import org.smartpick.core.fees.FeeCalculator;
import org.smartpick.core.optimize.ApplicationOptimizer;
import org.smartpick.core.optimize.ApplicationPlan;
import org.smartpick.core.optimize.Candidate;
import org.smartpick.core.optimize.Objective;
import org.smartpick.core.optimize.OptimizationRequest;
import org.smartpick.core.optimize.PreferenceEffect;
import org.smartpick.core.optimize.Selection;
import org.smartpick.core.optimize.SignalKind;
import org.smartpick.core.pathways.InstitutionLink;
import org.smartpick.core.pathways.InstitutionLinks;
import org.smartpick.core.pathways.PathwayRole;
import org.smartpick.core.pathways.PathwayTrack;
import org.smartpick.core.pathways.Pathways;
import org.smartpick.core.portfolio.LatentFactorModel;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.program.Program;
import org.smartpick.core.reference.FeeSchedule;
import org.smartpick.core.reference.ReferenceData;
import org.smartpick.core.season.SeasonCalendar;
import org.smartpick.core.signals.SignalPolicy;
import org.smartpick.core.signals.SignalRule;
import org.smartpick.core.signals.SignalRules;
import org.smartpick.core.strategy.Assessment;
import org.smartpick.core.strategy.ListEvaluator;
import org.smartpick.core.strategy.ListOutcome;
import org.smartpick.core.strategy.Strategy;
import org.smartpick.core.strategy.StrategyAdvisor;
import org.smartpick.core.strategy.StrategyInputs;
import org.smartpick.core.strategy.StrategyPolicy;
import org.smartpick.core.tiers.ProgramStanding;
import org.smartpick.core.tiers.TierAssignment;
import org.smartpick.core.tiers.TierClassifier;
import org.smartpick.core.tiers.TierPolicy;
import org.smartpick.core.tiers.TrackRole;

/**
 * The whole recommendation, from a checked profile and a catalog: hard eligibility for every program in the target
 * specialties, the model's chances at the eligible ones, the optimized list under the budget with signals and fees,
 * tiers and pathway reasons, then the strategy plan, what-ifs and the verify checklist. Pure: same inputs, same
 * output.
 */
public final class Recommender {
    private final ChanceModel chanceModel;
    private final EligibilityRules eligibilityRules;
    private final StrategyPolicy strategyPolicy;
    private final RecommendPolicy policy;
    private final TierClassifier tiers;
    private final Pathways pathways;
    private final SignalPolicy.Parsed signalPolicies;
    private final SeasonCalendar seasons;
    private final TaskRunner tasks;
    private final AtomicReference<CatalogIndex> index = new AtomicReference<>();

    /** Everything a recommender is built from: the model, each versioned policy and the season calendar. */
    public record Parts(
            ChanceModel chanceModel,
            EligibilityRules eligibilityRules,
            StrategyPolicy strategyPolicy,
            RecommendPolicy policy,
            TierPolicy tiers,
            Pathways pathways,
            SignalPolicy.Parsed signalPolicies,
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
        this.chanceModel = parts.chanceModel();
        this.eligibilityRules = parts.eligibilityRules();
        this.strategyPolicy = parts.strategyPolicy();
        this.policy = parts.policy();
        this.tiers = parts.tiers().classifier();
        this.pathways = parts.pathways();
        this.signalPolicies = parts.signalPolicies();
        this.seasons = Objects.requireNonNull(parts.seasons(), "seasons");
    }

    /** The season calendar the recommender plans with; {@link SeasonCalendar#nextOpenSeason} gives the default season. */
    public SeasonCalendar seasons() {
        return seasons;
    }

    /**
     * One program of a target specialty with its role, verdict, pathway link and, when it can be applied to, its
     * program factors and (in a reported list) its chances as numbers; {@link ApplicantChances#explain} gives their
     * contributions where the report shows them.
     */
    private record Assessed(
            IndexedProgram indexed,
            Target target,
            TrackRole trackRole,
            double utility,
            Optional<InstitutionLink> link,
            EligibilityVerdict verdict,
            Optional<ProgramFactors> factors,
            Optional<ChanceEstimate> chance) {
        Program program() {
            return indexed.program();
        }
    }

    /**
     * A catalog program with its place in the catalog (which holds the programs in id order), the key that groups
     * programs of one institution, the index of its state among the catalog's {@link CatalogIndex#states} (-1 when
     * unknown), the facts its eligibility is judged on ({@link EligibilityRules#ruleFactsKey}) and, by pathway family,
     * its link to an institution with a goal program (most programs have none); built once per catalog.
     */
    private record IndexedProgram(
            Program program,
            int idOrder,
            String institutionKey,
            int stateIndex,
            long ruleFactsKey,
            Map<String, Optional<InstitutionLink>> linkByFamily,
            List<TierClassifier.ProgramFacts> tierFactsByType) {
        static IndexedProgram of(
                Program program,
                int idOrder,
                List<String> states,
                Map<String, Optional<InstitutionLink>> linkByFamily,
                TierClassifier tiers) {
            ProgramStanding standing = tiers.standingOf(program);
            List<TierClassifier.ProgramFacts> tierFacts = Arrays.stream(ApplicantType.values())
                    .map(t -> tiers.factsOf(program, standing, t))
                    .toList();
            return new IndexedProgram(
                    program,
                    idOrder,
                    (program.institution() + "|" + program.city() + "|" + program.state()).toLowerCase(Locale.ROOT),
                    program.state() == null ? -1 : Collections.binarySearch(states, program.state()),
                    EligibilityRules.ruleFactsKey(program),
                    Map.copyOf(linkByFamily),
                    tierFacts);
        }

        /** What the tier classifier reads of the program for applicants of {@code type}. */
        TierClassifier.ProgramFacts tierFacts(ApplicantType type) {
            return tierFactsByType.get(type.ordinal());
        }

        /** Whether the program's state is preferred, given {@link CatalogIndex#preferredStates} of the applicant. */
        boolean inPreferredState(boolean[] preferredStates) {
            return stateIndex >= 0 && preferredStates[stateIndex];
        }

        Optional<InstitutionLink> link(String family) {
            return linkByFamily.getOrDefault(family, Optional.empty());
        }
    }

    /**
     * What does not depend on the profile, computed once per catalog instance: the indexed programs by specialty and
     * the distinct states of the programs, sorted.
     */
    private record CatalogIndex(
            Catalog catalog,
            Map<String, List<IndexedProgram>> bySpecialty,
            List<String> states,
            java.util.concurrent.ConcurrentMap<String, List<FactView>> facts) {
        /** A program's facts as the applicant sees them, worded once per catalog (they do not depend on the profile). */
        List<FactView> factsOf(Program program) {
            return facts.computeIfAbsent(program.id(), id -> ProgramFacts.of(program, catalog.reference()));
        }

        /** Whether the applicant prefers each of {@link #states}, by state index. */
        boolean[] preferredStates(ApplicantChances chances) {
            boolean[] preferred = new boolean[states.size()];
            for (int i = 0; i < preferred.length; i++) {
                preferred[i] = chances.prefers(states.get(i));
            }
            return preferred;
        }
    }

    /**
     * What a list is optimized from, for one profile: what was assessed, the optimizer's candidates (one per assessed
     * program that can be applied to, in program-id order) with the assessed program behind each, their fee groups
     * by fee schedule type, the optimizer's request, the signal rules by specialty code (sorted, the order the report
     * lists them in) and the notes so far. A what-if list rechanced from a list assessed alike keeps no assessed
     * programs: it is only compared, never reported nor reused.
     */
    private record ListInputs(
            List<Target> targets,
            StatedPreferences preferences,
            List<Assessed> assessed,
            EligibilityRules.ApplicantRules rules,
            ApplicantChances chances,
            List<Candidate> candidates,
            List<Assessed> sources,
            Map<String, String> feeGroups,
            OptimizationRequest request,
            Map<String, SignalRule> signalRules,
            List<String> notes) {
        /**
         * Whether a profile with these targets, preferences, rules and chances gets the same verdicts, program factors and values
         * at every program of this list's catalog and options, so that only its chances differ.
         */
        boolean assessedAlike(
                List<Target> otherTargets,
                StatedPreferences otherPreferences,
                EligibilityRules.ApplicantRules otherRules,
                ApplicantChances otherChances) {
            return targets.equals(otherTargets)
                    && preferences.equals(otherPreferences)
                    && rules.sameVerdictsAs(otherRules)
                    && chances.sameProgramFactorsAs(otherChances);
        }
    }

    /** The list for one profile: its inputs and the optimizer's plan. */
    private record ListResult(ListInputs inputs, ApplicationPlan plan) {}

    /**
     * The part of a recommendation that does not depend on the strategy: every assessed program's result, the
     * excluded programs, the summary and the notes.
     */
    private record ReportedList(
            List<ProgramResult> programs, List<ExcludedProgram> excluded, Summary summary, List<String> notes) {}

    /**
     * What the report says of each assessed program before the list is chosen: the result of every program that
     * can be applied to as if unselected (in assessed order), and the excluded programs sorted by id. Only the few
     * selected programs are worded again once the list is known.
     */
    private record ReportDraft(List<ProgramResult> unselected, List<ExcludedProgram> excluded) {}

    /** One task of a recommendation: an optimized list (the reported one or a what-if), or the report's draft. */
    private record TaskResult(Optional<ListResult> list, Optional<ReportDraft> draft) {
        static TaskResult of(ListResult list) {
            return new TaskResult(Optional.of(list), Optional.empty());
        }
    }

    /**
     * The whole recommendation. Once the profile's programs are assessed, the reported list, the report's draft
     * and each what-if list the strategy compares are separate tasks; then the strategy, which reads the what-if
     * outcomes computed ahead, and the reported list's wording are two more.
     */
    public Recommendation recommend(Profile profile, Catalog catalog, RecommendOptions options) {
        ListInputs base = listInputs(profile, catalog, options, false, Optional.empty());
        List<Profile> changed = options.withStrategy() ? StrategyAdvisor.profilesToEvaluate(profile) : List.of();
        Function<Profile, ListResult> whatIfList =
                change -> optimized(listInputs(change, catalog, options, true, Optional.of(base)));
        List<Supplier<TaskResult>> work = new ArrayList<>(2 + changed.size());
        work.add(() -> TaskResult.of(optimized(base)));
        work.add(() -> new TaskResult(Optional.empty(), Optional.of(draft(catalog, options, base))));
        for (Profile change : changed) {
            work.add(() -> TaskResult.of(whatIfList.apply(change)));
        }
        List<TaskResult> computed = tasks.inOrder(work);
        ListResult list = computed.get(0).list().orElseThrow();
        Map<Profile, ListResult> lists = new HashMap<>();
        lists.put(profile, list);
        for (int i = 0; i < changed.size(); i++) {
            lists.put(changed.get(i), computed.get(i + 2).list().orElseThrow());
        }
        Supplier<Strategy> strategy = () -> options.withStrategy()
                ? StrategyAdvisor.advise(
                        profile,
                        new StrategyInputs(catalog, strategyPolicy, options.today(), Optional.of(deadlines(options))),
                        new Lists(lists, whatIfList))
                : new Strategy(new Assessment(List.of(), List.of(), List.of()), List.of(), List.of(), List.of());
        ReportDraft draft = computed.get(1).draft().orElseThrow();
        List<Closing> closing = tasks.inOrder(List.<Supplier<Closing>>of(
                () -> new Closing(Optional.of(strategy.get()), Optional.empty()),
                () -> new Closing(Optional.empty(), Optional.of(report(catalog, list, draft)))));
        return recommendation(
                profile,
                catalog,
                options,
                list,
                closing.get(1).reported().orElseThrow(),
                closing.get(0).strategy().orElseThrow());
    }

    /**
     * One of the two last tasks of a recommendation, which need the lists but not each other: the strategy (it reads
     * the what-if outcomes) or the reported list (it reads the reported list's plan and the draft).
     */
    private record Closing(Optional<Strategy> strategy, Optional<ReportedList> reported) {}

    /** P(at least one match), the chosen ids and the chance of a goal-track match: what a what-if compares. */
    public ListOutcome evaluate(Profile profile, Catalog catalog, RecommendOptions options) {
        return outcome(profile, optimized(listInputs(profile, catalog, options, true, Optional.empty())));
    }

    /**
     * The strategy's view of this catalog and these options, every list built from scratch (a recommendation
     * reuses what its own list worked out and must give the same what-ifs). Not thread-safe: one caller at a time.
     */
    public ListEvaluator evaluator(Catalog catalog, RecommendOptions options) {
        return new Lists(
                new HashMap<>(), asked -> optimized(listInputs(asked, catalog, options, true, Optional.empty())));
    }

    /**
     * The strategy's view of the lists of one recommendation: those worked out ahead by profile, the others built
     * when asked (and kept). A kept list is judged with the inputs of the changed profile's own list. Used by one
     * thread at a time.
     */
    private final class Lists implements ListEvaluator {
        private final Map<Profile, ListResult> lists;
        private final Function<Profile, ListResult> build;

        Lists(Map<Profile, ListResult> lists, Function<Profile, ListResult> build) {
            this.lists = lists;
            this.build = build;
        }

        private ListResult listFor(Profile profile) {
            return lists.computeIfAbsent(profile, build);
        }

        @Override
        public ListOutcome evaluate(Profile profile) {
            return outcome(profile, listFor(profile));
        }

        @Override
        public Optional<ListOutcome> evaluateList(Profile profile, ListOutcome list) {
            ListInputs inputs = listFor(profile).inputs();
            return ApplicationOptimizer.evaluate(inputs.request(), list.listWithSignals())
                    .map(plan -> outcome(profile, new ListResult(inputs, plan)));
        }
    }

    /**
     * What the list for one profile is optimized from; {@code listOnly} asks for what a what-if compares, without
     * what only the full report shows (chance estimates, curve, marginal gains), and {@code base} holds the inputs
     * of a list of the same catalog and options whose verdicts may be reused.
     */
    private ListInputs listInputs(
            Profile profile, Catalog catalog, RecommendOptions options, boolean listOnly, Optional<ListInputs> base) {
        List<String> notes = new ArrayList<>();
        if (options.objective() == Objective.EXPECTED_UTILITY) {
            notes.add(
                    "The list maximises expected value rather than the bare chance of matching: a match in a goal track "
                            + "counts fully and a pathway track counts its weight (pathways.csv, or the weight you gave), so goal "
                            + "programs are kept even when a core program alone would add more chance. Choose the objective "
                            + "'match' to maximise P(at least one match) alone.");
        }
        ApplicantChances chances = chanceModel.forApplicant(profile, options.season());
        EligibilityRules.ApplicantRules rules = eligibilityRules.forApplicant(profile, deadlines(options));
        StatedPreferences preferences = StatedPreferences.of(profile.preferences());
        Optional<ListInputs> alike = listOnly
                ? base.filter(b -> b.assessedAlike(profile.targets(), preferences, rules, chances))
                : Optional.empty();
        List<Assessed> assessed;
        Map<String, String> feeGroups;
        List<Candidate> candidates;
        List<Assessed> sources;
        if (alike.isPresent()) {
            assessed = List.of();
            feeGroups = alike.get().feeGroups();
            candidates = rechanced(alike.get(), chances);
            sources = alike.get().sources();
        } else {
            assessed = assess(
                    profile,
                    catalog,
                    rules,
                    chances,
                    !listOnly,
                    base.filter(b -> b.rules().sameVerdictsAs(rules))
                            .map(ListInputs::assessed)
                            .orElse(List.of()),
                    base.filter(b -> b.chances().sameProgramFactorsAs(chances))
                            .map(ListInputs::assessed)
                            .orElse(List.of()));
            feeGroups = new LinkedHashMap<>();
            sources = new ArrayList<>();
            double weight = preferences.stated() ? policy.preferenceWeight() : 0;
            candidates = candidates(assessed, chances, options.season(), preferences, weight, feeGroups, sources);
        }
        ReferenceData reference = catalog.reference();
        Map<String, SignalRule> signalRules = signalRules(profile, reference, options.season());
        OptimizationRequest request = new OptimizationRequest(
                candidates,
                budget(profile, options, notes),
                options.objective(),
                feeSchedules(feeGroups, reference, options.season()),
                FeeCalculator.applicableOneOffs(
                        reference.oneOffFees(), profile.applicantType().isImg()),
                signalRules,
                chanceModel.portfolio(profile.applicantType()),
                policy.flattening(),
                policy.curveFactor());
        return new ListInputs(
                profile.targets(),
                preferences,
                assessed,
                rules,
                chances,
                candidates,
                sources,
                feeGroups,
                listOnly ? request.asListOnly() : request,
                signalRules,
                notes);
    }

    /** The season's dates by which what a program waits for must be done, as seen on the options' day. */
    private SeasonDeadlines deadlines(RecommendOptions options) {
        return SeasonDeadlines.of(seasons, options.season(), options.today());
    }

    private static ListResult optimized(ListInputs inputs) {
        return new ListResult(inputs, ApplicationOptimizer.optimize(inputs.request()));
    }

    /**
     * The optimizer's candidate for each assessed program that can be applied to, with its chances as estimated in
     * a reported list or else worked out from its factors, in program-id order: the order the optimizer sorts them
     * into, so that each list drawn from them (and each rechanced from them) is sorted already and the optimizer's
     * sorts only check it. A program inside the stated preferences carries {@code weight} as its preference bonus.
     * {@code sources} receives the assessed program behind each candidate, in the same order; {@code feeGroups}
     * collects the fee group of each fee schedule type in the order the assessed programs first use them.
     */
    private static List<Candidate> candidates(
            List<Assessed> assessed,
            ApplicantChances chances,
            int season,
            StatedPreferences preferences,
            double weight,
            Map<String, String> feeGroups,
            List<Assessed> sources) {
        List<Sourced> sourced = new ArrayList<>(assessed.size());
        for (Assessed a : assessed) {
            if (a.factors().isEmpty()) {
                continue;
            }
            String feeGroup =
                    feeGroups.computeIfAbsent(a.program().cycle().feeScheduleType(), type -> feeGroup(season, type));
            ListChances c = a.chance().isPresent()
                    ? listChances(a.chance().get())
                    : chances.listChances(a.program(), a.factors().get());
            double bonus = weight > 0 && preferences.inside(a.program()) ? weight : 0;
            sourced.add(new Sourced(
                    new Candidate(
                            a.program().id(),
                            a.program().specialtyCode(),
                            feeGroup,
                            a.indexed().institutionKey(),
                            a.utility(),
                            c.pMatch(),
                            c.pMatchSignalled(),
                            c.pMatchGoldSignalled(),
                            bonus),
                    a));
        }
        // The catalog holds its programs in id order, so their places there sort as their ids do (and as numbers).
        long[] order = new long[sourced.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = (long) sourced.get(i).source().indexed().idOrder() << Integer.SIZE | i;
        }
        Arrays.sort(order);
        List<Candidate> candidates = new ArrayList<>(sourced.size());
        for (long placed : order) {
            Sourced one = sourced.get((int) placed);
            candidates.add(one.candidate());
            sources.add(one.source());
        }
        return candidates;
    }

    /** A candidate with the assessed program it was made from. */
    private record Sourced(Candidate candidate, Assessed source) {}

    private static ListChances listChances(ChanceEstimate estimate) {
        return new ListChances(estimate.pMatch(), estimate.pMatchSignalled(), estimate.pMatchGoldSignalled());
    }

    /**
     * The candidates of {@code alike}, a list assessed alike ({@link ListInputs#assessedAlike}), with the chances of
     * this applicant: only the applicant's own terms differ, so no program is judged or factored again.
     */
    private static List<Candidate> rechanced(ListInputs alike, ApplicantChances chances) {
        List<Candidate> candidates = new ArrayList<>(alike.candidates().size());
        for (int i = 0; i < alike.candidates().size(); i++) {
            Candidate same = alike.candidates().get(i);
            Assessed a = alike.sources().get(i);
            ListChances c = chances.listChances(a.program(), a.factors().orElseThrow());
            candidates.add(new Candidate(
                    same.programId(),
                    same.specialtyCode(),
                    same.feeGroup(),
                    same.institutionKey(),
                    same.utility(),
                    c.pMatch(),
                    c.pMatchSignalled(),
                    c.pMatchGoldSignalled(),
                    same.preferenceBonus()));
        }
        return candidates;
    }

    /**
     * Every program of the target specialties judged and, where it can be applied to, given its program factors and
     * (when {@code estimated}, for a reported list) its chances. A verdict
     * of {@code sameVerdicts} (assessed under rules that give the same verdicts) is reused for the same program, and
     * so are the program factors of {@code sameFactors} (assessed with chances of the same program factors).
     */
    // Reuse is keyed on the same instance: an equal copy is recomputed, never wrongly reused.
    @SuppressWarnings("ReferenceEquality")
    private List<Assessed> assess(
            Profile profile,
            Catalog catalog,
            EligibilityRules.ApplicantRules rules,
            ApplicantChances chances,
            boolean estimated,
            List<Assessed> sameVerdicts,
            List<Assessed> sameFactors) {
        CatalogIndex catalogIndex = index(catalog);
        Map<String, List<IndexedProgram>> bySpecialty = catalogIndex.bySpecialty();
        Optional<String> family = goalFamily(profile);
        boolean[] preferredStates = catalogIndex.preferredStates(chances);
        List<Assessed> assessed = new ArrayList<>();
        EligibilityRules.ApplicantRules.Judge judge = rules.judge();
        for (Target target : profile.targets()) {
            double utility = target.weight()
                    .orElse(family.flatMap(f -> pathways.findTrack(f, target.specialtyCode()))
                            .flatMap(t -> t.defaultUtility().isPresent()
                                    ? Optional.of(t.defaultUtility().getAsDouble())
                                    : Optional.empty())
                            .orElse(policy.fallbackUtility(target.role())));
            for (IndexedProgram indexed : bySpecialty.getOrDefault(target.specialtyCode(), List.of())) {
                Program program = indexed.program();
                Optional<InstitutionLink> link = target.role() == TargetRole.PATHWAY && family.isPresent()
                        ? indexed.link(family.get())
                        : Optional.empty();
                double value = Math.min(1.0, utility + (link.isPresent() ? policy.linkedPathwayBonus() : 0));
                int at = assessed.size();
                EligibilityVerdict verdict =
                        at < sameVerdicts.size() && sameVerdicts.get(at).program() == program
                                ? sameVerdicts.get(at).verdict()
                                : judge.verdict(program, indexed.ruleFactsKey());
                Optional<ProgramFactors> factors = verdict.canApply()
                        ? Optional.of(programFactors(chances, indexed, preferredStates, sameFactors, at))
                        : Optional.empty();
                Optional<ChanceEstimate> chance =
                        estimated ? factors.map(f -> chances.chances(program, f)) : Optional.empty();
                assessed.add(new Assessed(
                        indexed, target, trackRole(target, family, link), value, link, verdict, factors, chance));
            }
        }
        return assessed;
    }

    /**
     * The factors {@code sameFactors} holds for the same program at the same place, else worked out anew with
     * {@code preferredStates} from {@link CatalogIndex#preferredStates}.
     */
    // Reuse is keyed on the same instance: an equal copy is recomputed, never wrongly reused.
    @SuppressWarnings("ReferenceEquality")
    private static ProgramFactors programFactors(
            ApplicantChances chances,
            IndexedProgram indexed,
            boolean[] preferredStates,
            List<Assessed> sameFactors,
            int at) {
        if (at < sameFactors.size() && sameFactors.get(at).program() == indexed.program()) {
            Optional<ProgramFactors> reused = sameFactors.get(at).factors();
            if (reused.isPresent()) {
                return reused.get();
            }
        }
        return chances.programFactors(indexed.program(), indexed.inPreferredState(preferredStates));
    }

    /**
     * A target's program on the way to the goal: a pathway is linked or unlinked to the goal when a pathway family
     * describes the goal, a plain pathway otherwise.
     */
    private static TrackRole trackRole(Target target, Optional<String> family, Optional<InstitutionLink> link) {
        if (target.role() != TargetRole.PATHWAY) {
            return TrackRole.GOAL;
        }
        if (family.isEmpty()) {
            return TrackRole.PATHWAY;
        }
        return link.isPresent() ? TrackRole.LINKED_PATHWAY : TrackRole.UNLINKED_PATHWAY;
    }

    /** The pathway family whose goal tracks include one of the applicant's GOAL targets, if any. */
    private Optional<String> goalFamily(Profile profile) {
        return profile.targets().stream()
                .filter(t -> t.role() == TargetRole.GOAL)
                .flatMap(t -> pathways.tracks().stream()
                        .filter(track -> track.role() == PathwayRole.GOAL
                                && track.specialtyCode().equals(t.specialtyCode())))
                .map(PathwayTrack::family)
                .sorted()
                .findFirst();
    }

    // Reuse is keyed on the same instance: an equal copy is recomputed, never wrongly reused.
    @SuppressWarnings("ReferenceEquality")
    private CatalogIndex index(Catalog catalog) {
        CatalogIndex cached = index.get();
        if (cached != null && cached.catalog() == catalog) {
            return cached;
        }
        Map<String, Map<String, Optional<InstitutionLink>>> linksByProgram = new HashMap<>();
        pathways.tracks().stream()
                .map(PathwayTrack::family)
                .distinct()
                .forEach(f -> InstitutionLinks.find(catalog.programs(), pathways, f)
                        .forEach(l -> linksByProgram
                                .computeIfAbsent(l.programId(), id -> new HashMap<>())
                                .put(f, Optional.of(l))));
        List<String> states = catalog.programs().stream()
                .map(Program::state)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
        Map<String, List<IndexedProgram>> bySpecialty = new LinkedHashMap<>();
        List<Program> programs = catalog.programs();
        for (int i = 0; i < programs.size(); i++) {
            Program p = programs.get(i);
            bySpecialty
                    .computeIfAbsent(p.specialtyCode(), code -> new ArrayList<>())
                    .add(IndexedProgram.of(p, i, states, linksByProgram.getOrDefault(p.id(), Map.of()), tiers));
        }
        bySpecialty.replaceAll((code, indexed) -> List.copyOf(indexed));
        CatalogIndex built =
                new CatalogIndex(catalog, bySpecialty, states, new java.util.concurrent.ConcurrentHashMap<>());
        index.set(built);
        return built;
    }

    private Budget budget(Profile profile, RecommendOptions options, List<String> notes) {
        Budget given = profile.budget();
        OptionalInt usd = options.budgetUsd().isPresent() ? options.budgetUsd() : given.maxUsd();
        OptionalInt programs = options.budgetPrograms().isPresent() ? options.budgetPrograms() : given.maxPrograms();
        if (usd.isEmpty() && programs.isEmpty()) {
            programs = OptionalInt.of(policy.defaultMaxPrograms());
            notes.add("No budget was given, so the list assumes at most " + policy.defaultMaxPrograms()
                    + " applications; set a budget in dollars or programs to change it.");
        }
        return new Budget(usd, programs, given.maxProgramsPerSpecialty());
    }

    private static String feeGroup(int season, String feeScheduleType) {
        return season + "/" + feeScheduleType;
    }

    /**
     * The fee schedule of each type the target specialties' programs use, whether or not the list uses them: what an
     * application this season would be charged under.
     */
    private List<FeeSchedule> feeSchedulesOfTargets(Profile profile, Catalog catalog, int season) {
        Map<String, List<IndexedProgram>> bySpecialty = index(catalog).bySpecialty();
        TreeSet<String> types = new TreeSet<>();
        for (Target target : profile.targets()) {
            for (IndexedProgram indexed : bySpecialty.getOrDefault(target.specialtyCode(), List.of())) {
                types.add(indexed.program().cycle().feeScheduleType());
            }
        }
        return types.stream()
                .map(type -> newestSchedule(catalog.reference(), season, type))
                .toList();
    }

    /** The fee schedule of each group, from the groups by fee schedule type in the order the programs first used them. */
    private static Map<String, FeeSchedule> feeSchedules(
            Map<String, String> feeGroups, ReferenceData reference, int season) {
        Map<String, FeeSchedule> schedules = new HashMap<>();
        feeGroups.forEach((type, group) -> schedules.put(group, newestSchedule(reference, season, type)));
        return schedules;
    }

    /**
     * The season's schedule of this type, else the newest on file; the answer's {@link Season} says when it is
     * carried over.
     */
    private static FeeSchedule newestSchedule(ReferenceData reference, int season, String type) {
        Optional<FeeSchedule> exact = reference.findFeeSchedule(season, type);
        if (exact.isPresent()) {
            return exact.get();
        }
        return reference.feeSchedules().stream()
                .filter(f -> f.applicationType().equals(type))
                .max(Comparator.comparingInt(FeeSchedule::season))
                .orElseThrow(() -> new IllegalStateException("the catalog has no " + type + " fee schedule"));
    }

    private Map<String, SignalRule> signalRules(Profile profile, ReferenceData reference, int season) {
        return SignalRules.forSeason(
                reference,
                season,
                profile.targets().stream().map(Target::specialtyCode).toList(),
                signalPolicies);
    }

    private ListOutcome outcome(Profile profile, ListResult list) {
        ApplicationPlan plan = list.plan();
        List<String> selected = new ArrayList<>(plan.selected().size());
        Map<String, SignalKind> signals = new HashMap<>();
        for (Selection s : plan.selected()) {
            selected.add(s.programId());
            signals.put(s.programId(), s.signal());
        }
        return new ListOutcome(
                clamp(plan.pAtLeastOneMatch()),
                selected,
                pGoalMatch(profile.applicantType(), profile.targets(), plan),
                Math.max(0, plan.achieved()),
                signals);
    }

    /**
     * P(a match in a goal track): the latent-factor model of P(at least one match) over the list's GOAL-role
     * programs alone, each with the chance its signal gives; exactly the list's P(at least one match) when every
     * program on it is a goal program, and never above it.
     */
    private double pGoalMatch(ApplicantType type, List<Target> targets, ApplicationPlan plan) {
        double[] goal = plan.selected().stream()
                .filter(s -> role(targets, s.specialtyCode()) == TargetRole.GOAL)
                .mapToDouble(Selection::p)
                .toArray();
        double any = clamp(plan.pAtLeastOneMatch());
        if (goal.length == plan.selected().size()) {
            return any;
        }
        return goal.length == 0
                ? 0
                : Math.min(any, clamp(chanceModel.portfolio(type).atLeastOne(goal)));
    }

    /** The role of the specialty's target; the last target wins if a specialty is listed twice, as in assess. */
    private static TargetRole role(List<Target> targets, String specialtyCode) {
        for (int i = targets.size() - 1; i >= 0; i--) {
            if (targets.get(i).specialtyCode().equals(specialtyCode)) {
                return targets.get(i).role();
            }
        }
        throw new IllegalStateException("selected specialty " + specialtyCode + " is no target");
    }

    private static double clamp(double p) {
        return Math.max(0, Math.min(1, p));
    }

    /** The interview chance at a chosen program with the signal it gets. */
    private static double interviewChance(ChanceEstimate chance, SignalKind signal) {
        switch (signal) {
            case NONE:
                return chance.pInterview();
            case GOLD:
                // The gold signal's interview chance is its match chance over P(match | interview) of the program.
                return chance.pMatch() > 0 ? chance.pMatchGoldSignalled() * chance.pInterview() / chance.pMatch() : 0;
            default:
                return chance.pInterviewSignalled();
        }
    }

    /** The report's draft of every assessed program, worded as if no program were selected. */
    private ReportDraft draft(Catalog catalog, RecommendOptions options, ListInputs inputs) {
        List<ProgramResult> unselected = new ArrayList<>(inputs.candidates().size());
        List<ExcludedProgram> excluded = new ArrayList<>();
        SharedTexts shared = new SharedTexts();
        for (Assessed a : inputs.assessed()) {
            if (a.chance().isEmpty()) {
                excluded.add(excludedProgram(a));
            } else {
                unselected.add(programResult(
                        a,
                        a.chance().get(),
                        Optional.empty(),
                        catalog,
                        inputs.chances().applicantType(),
                        options.fullDetail() ? Optional.of(inputs.chances()) : Optional.empty(),
                        shared));
            }
        }
        excluded.sort(Comparator.comparing(ExcludedProgram::id));
        return new ReportDraft(unselected, excluded);
    }

    /**
     * The reported list: each assessed program's result in list order (the draft's, worded again with its selection
     * and detail where the program is selected), the excluded programs, summary and notes.
     */
    private ReportedList report(Catalog catalog, ListResult list, ReportDraft draft) {
        ApplicationPlan plan = list.plan();
        ListInputs inputs = list.inputs();
        Map<String, Selection> chosen = new HashMap<>();
        plan.selected().forEach(s -> chosen.put(s.programId(), s));
        List<ProgramResult> programs = new ArrayList<>(draft.unselected().size());
        SharedTexts shared = new SharedTexts();
        for (Assessed a : inputs.assessed()) {
            if (a.chance().isEmpty()) {
                continue;
            }
            Selection selection = chosen.get(a.program().id());
            programs.add(
                    selection == null
                            ? draft.unselected().get(programs.size())
                            : programResult(
                                    a,
                                    a.chance().get(),
                                    Optional.of(selection),
                                    catalog,
                                    inputs.chances().applicantType(),
                                    Optional.of(inputs.chances()),
                                    shared));
        }
        programs = inListOrder(programs);
        double[] selectedP = plan.selected().stream().mapToDouble(Selection::p).toArray();
        List<String> notes = new ArrayList<>(inputs.notes());
        notes.addAll(plan.notes());
        IndistinguishablePrograms.note(inputs.candidates(), chosen.keySet()).ifPresent(notes::add);
        Map<String, Double> interviews = new TreeMap<>();
        for (Assessed a : inputs.assessed()) {
            Selection selection = chosen.get(a.program().id());
            if (selection != null && a.chance().isPresent()) {
                interviews.merge(
                        selection.specialtyCode(), interviewChance(a.chance().get(), selection.signal()), Double::sum);
            }
        }
        interviews.replaceAll((code, n) -> Math.round(n * 10) / 10.0);
        double expectedInterviews = Math.round(interviews.values().stream()
                                .mapToDouble(Double::doubleValue)
                                .sum()
                        * 10)
                / 10.0;
        double pGoal = pGoalMatch(inputs.chances().applicantType(), inputs.targets(), plan);
        ChosenConditions conditional = chosenConditions(inputs, plan);
        Summary summary = new Summary(
                plan.objective().name(),
                plan.pAtLeastOneMatch(),
                pGoal,
                Math.max(0, clamp(plan.pAtLeastOneMatch()) - pGoal),
                LatentFactorModel.independentAtLeastOne(selectedP),
                plan.upperBound(),
                plan.expectedUtility(),
                plan.selected().size(),
                plan.cost().totalUsd(),
                plan.cost().lines(),
                signalUses(plan, inputs.signalRules()),
                plan.diminishingReturnsAfter(),
                policy.flattening(),
                plan.method(),
                expectedInterviews,
                interviews,
                conditional.conditions(),
                conditional.pAtLeastOneMatchWithout(),
                preferenceSummary(inputs, plan));
        summary.preferences()
                .filter(p -> p.costs(policy.preferenceNoticeCost()))
                .ifPresent(p -> notes.add(p.statement()));
        return new ReportedList(programs, draft.excluded(), summary, notes);
    }

    /** The conditions the chosen programs are open under, and the list's chance from the programs that wait for none. */
    private record ChosenConditions(List<ListCondition> conditions, double pAtLeastOneMatchWithout) {}

    /**
     * The distinct conditions (kind and date) of the chosen programs, earliest first, each with the number of chosen
     * programs that wait for it, and P(at least one match) of the chosen programs open without any condition.
     */
    private ChosenConditions chosenConditions(ListInputs inputs, ApplicationPlan plan) {
        Map<String, List<Condition>> byProgram = new HashMap<>();
        for (Assessed a : inputs.assessed()) {
            List<Condition> conditions = a.verdict().conditions();
            if (!conditions.isEmpty()) {
                byProgram.put(a.program().id(), conditions);
            }
        }
        if (byProgram.isEmpty()) {
            return new ChosenConditions(List.of(), plan.pAtLeastOneMatch());
        }
        record Key(LocalDate by, org.smartpick.core.eligibility.ConditionKind kind) {}
        TreeMap<Key, ListCondition> counted =
                new TreeMap<>(Comparator.comparing(Key::by).thenComparing(Key::kind));
        List<Double> open = new ArrayList<>();
        for (Selection s : plan.selected()) {
            List<Condition> conditions = byProgram.getOrDefault(s.programId(), List.of());
            if (conditions.isEmpty()) {
                open.add(s.p());
            }
            for (Condition c : conditions) {
                counted.merge(
                        new Key(c.by(), c.kind()),
                        new ListCondition(c.kind(), c.by(), c.why(), 1),
                        (was, one) -> new ListCondition(was.kind(), was.by(), was.why(), was.applications() + 1));
            }
        }
        double without = open.isEmpty()
                ? 0
                : clamp(chanceModel
                        .portfolio(inputs.chances().applicantType())
                        .atLeastOne(
                                open.stream().mapToDouble(Double::doubleValue).toArray()));
        return new ChosenConditions(List.copyOf(counted.values()), Math.min(clamp(plan.pAtLeastOneMatch()), without));
    }

    /**
     * How the stated preferences shaped the list, from the optimizer's account of its bonuses and the programs
     * behind its candidates; empty when the applicant states none (or the policy weighs them at 0).
     */
    private static Optional<PreferenceSummary> preferenceSummary(ListInputs inputs, ApplicationPlan plan) {
        if (plan.preferences().isEmpty()) {
            return Optional.empty();
        }
        PreferenceEffect effect = plan.preferences().get();
        Map<String, Selection> chosen = new HashMap<>();
        plan.selected().forEach(s -> chosen.put(s.programId(), s));
        StatedPreferences preferences = inputs.preferences();
        int outsideStates = 0;
        int outsideSettings = 0;
        int insideNotChosen = 0;
        for (Assessed a : inputs.sources()) {
            boolean selected = chosen.containsKey(a.program().id());
            if (selected) {
                outsideStates += preferences.inStates(a.program()) ? 0 : 1;
                outsideSettings += preferences.inSettings(a.program()) ? 0 : 1;
            } else if (preferences.inside(a.program())) {
                insideNotChosen++;
            }
        }
        // sorted: the sets' own order changes from run to run
        List<String> settings = preferences.settings().stream()
                .sorted()
                .map(org.smartpick.core.program.Setting::label)
                .toList();
        return Optional.of(PreferenceSummary.of(
                List.copyOf(new TreeSet<>(preferences.states())),
                settings,
                effect.bonusPerProgram(),
                new PreferenceSummary.Counts(
                        effect.chosenInside(), effect.chosenOutside(), outsideStates, outsideSettings, insideNotChosen),
                clamp(plan.pAtLeastOneMatch()),
                clamp(effect.pWithoutOutside()),
                clamp(effect.pIgnoringPreferences())));
    }

    private Recommendation recommendation(
            Profile profile,
            Catalog catalog,
            RecommendOptions options,
            ListResult list,
            ReportedList reported,
            Strategy strategy) {
        ModelInfo model = new ModelInfo(
                chanceModel.parameters().version(),
                chanceModel.parameters().rho(),
                eligibilityRules.policyVersion(),
                strategyPolicy.version(),
                "docs/model.md");
        Season season = Season.of(
                options.season(),
                options.today(),
                seasons,
                feeSchedulesOfTargets(profile, catalog, options.season()),
                list.inputs().signalRules().values(),
                catalog.reference());
        return new Recommendation(
                profile.name(),
                season,
                reported.summary(),
                reported.programs(),
                reported.excluded(),
                list.plan().curve(),
                strategy.assessment(),
                strategy.plan(),
                strategy.whatIfs(),
                strategy.verify(),
                model,
                reported.notes());
    }

    /**
     * The programs in list order: selected programs first, then by falling chance of matching as shown (to 0.01
     * percentage point), then by id, a stable sort. The first two keys and the position are packed into one number
     * per program and sorted as numbers; only programs that tie on both are compared by id.
     */
    private static List<ProgramResult> inListOrder(List<ProgramResult> programs) {
        long[] keys = new long[programs.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = listOrder(programs.get(i)) << Integer.SIZE | i;
        }
        Arrays.sort(keys);
        List<ProgramResult> ordered = new ArrayList<>(keys.length);
        Comparator<ProgramResult> byId = Comparator.comparing(ProgramResult::id);
        int tieStart = 0;
        for (int i = 0; i < keys.length; i++) {
            ordered.add(programs.get((int) keys[i]));
            boolean tieEnds = i + 1 == keys.length || keys[i + 1] >>> Integer.SIZE != keys[i] >>> Integer.SIZE;
            if (tieEnds) {
                if (i > tieStart) {
                    ordered.subList(tieStart, i + 1).sort(byId);
                }
                tieStart = i + 1;
            }
        }
        return ordered;
    }

    /**
     * A program's place before its id is compared, smaller first: 0 for selected programs and 1 for the others
     * times 2^16, plus the shown chance of matching in ten-thousandths counted down from 10,000.
     */
    private static long listOrder(ProgramResult program) {
        long shown = Math.round(program.pMatch() * 10_000);
        if (shown < 0 || shown > 10_000) {
            throw new IllegalStateException(
                    "chance of matching must be 0..1, was " + program.pMatch() + " at " + program.id());
        }
        return (program.selected() ? 0 : 1L << 16) + 10_000 - shown;
    }

    private static ExcludedProgram excludedProgram(Assessed a) {
        List<Reason> reasons = a.verdict().withEffect(RuleEffect.EXCLUDES).stream()
                .map(o -> new Reason(o.rule(), o.message()))
                .toList();
        Program p = a.program();
        return new ExcludedProgram(p.id(), p.name(), p.specialtyCode(), p.city(), p.state(), reasons);
    }

    /**
     * Texts many programs share, held once per recommendation: the eligibility reason by number of points to verify,
     * the alternative-pathway reason by specialty name, and each distinct list of messages to verify (most programs
     * have one of a few).
     */
    private static final class SharedTexts {
        private final Map<Integer, String> eligibility = new HashMap<>();
        private final Map<String, String> pathway = new HashMap<>();
        private final Map<List<String>, List<String>> verify = new HashMap<>();
        private final Map<List<String>, String> conditional = new HashMap<>();

        /** The unmodifiable list equal to {@code messages} that earlier programs with the same messages got. */
        List<String> verify(List<String> messages) {
            return verify.computeIfAbsent(messages, List::copyOf);
        }

        String eligibility(int toVerify) {
            return eligibility.computeIfAbsent(toVerify, Recommender::eligibilityReason);
        }

        /** Why a program open only under conditions can be applied to: the conditions' messages, then the points to verify. */
        String conditional(List<String> conditionMessages, int toVerify) {
            return conditional.computeIfAbsent(
                    List.of(String.join(" ", conditionMessages), String.valueOf(toVerify)),
                    key -> "Conditional: " + key.get(0) + " The chances shown count on it."
                            + (toVerify > 0
                                    ? " " + eligibilityReason(toVerify).replace("Eligible, but ", "Also ")
                                    : ""));
        }

        String pathway(String specialtyName) {
            return pathway.computeIfAbsent(
                    specialtyName,
                    name -> "Alternative pathway: a " + name + " program on the way to your goal specialty.");
        }
    }

    /**
     * One program's result; {@code explain} is present when its detail (contributions and facts) is shown, and
     * {@code shared} holds the texts worded so far that other programs share.
     */
    private ProgramResult programResult(
            Assessed a,
            ChanceEstimate chance,
            Optional<Selection> selection,
            Catalog catalog,
            ApplicantType type,
            Optional<ApplicantChances> explain,
            SharedTexts shared) {
        boolean detailed = explain.isPresent();
        Program p = a.program();
        List<String> verify = shared.verify(a.verdict().messages(RuleEffect.VERIFY));
        List<Condition> conditions = a.verdict().conditions();
        boolean pathway = a.target().role() == TargetRole.PATHWAY;
        TierAssignment tier = tiers.classify(a.indexed().tierFacts(type), a.trackRole(), chance.pMatch());
        List<String> reasons = new ArrayList<>(6);
        reasons.add(
                conditions.isEmpty()
                        ? shared.eligibility(verify.size())
                        : shared.conditional(a.verdict().messages(RuleEffect.CONDITION), verify.size()));
        StringBuilder range = new StringBuilder(80);
        Decimals.appendFixed(range.append("Match chance range "), 100 * chance.pMatchLow(), 1)
                .append('-');
        Decimals.appendFixed(range, 100 * chance.pMatchHigh(), 1).append("%, interview chance ");
        reasons.add(Decimals.appendFixed(range, 100 * chance.pInterview(), 1)
                .append("%.")
                .toString());
        if (pathway) {
            reasons.add(shared.pathway(p.specialtyName()));
        }
        a.link().ifPresent(l -> reasons.add("Preferred pathway program: " + l.reason()));
        selection.ifPresent(s -> reasons.add("Selected: without it the list's value would drop by "
                + Decimals.fixed(100 * s.marginalGain(), 2) + " percentage points."));
        String signal = selection
                .map(Selection::signal)
                .filter(k -> k != SignalKind.NONE)
                .map(Enum::name)
                .orElse(null);
        if (signal != null) {
            reasons.add("Send a " + signal.toLowerCase(Locale.ROOT) + " signal: it raises the match chance here to "
                    + Decimals.fixed(
                            100 * ("GOLD".equals(signal) ? chance.pMatchGoldSignalled() : chance.pMatchSignalled()), 1)
                    + "%.");
        }
        return new ProgramResult(
                p.id(),
                p.name(),
                p.institution(),
                p.city(),
                p.state(),
                p.specialtyCode(),
                p.specialtyName(),
                p.track().name(),
                p.cycle().name(),
                a.target().role().name(),
                true,
                conditions,
                verify,
                round(chance.pInterview()),
                round(chance.pMatch()),
                round(chance.pMatchLow()),
                round(chance.pMatchHigh()),
                explain.map(c -> c.explain(p)).orElse(List.of()),
                reasons,
                tiers.label(tier.tier()),
                tier.reason(),
                pathway,
                selection.isPresent(),
                signal,
                detailed ? index(catalog).factsOf(p) : List.of());
    }

    /** Probabilities are shown to 0.01 percentage point; more digits would claim a precision the model lacks. */
    private static double round(double p) {
        return Math.round(p * 10_000) / 10_000.0;
    }

    /** Why a program that can be applied to is eligible, by its number of points to verify (VERIFY when any). */
    private static String eligibilityReason(int toVerify) {
        return toVerify > 0
                ? "Eligible, but " + toVerify + (toVerify == 1 ? " point" : " points")
                        + " to verify with the program (see verify)."
                : "Eligible: no hard rule excludes you.";
    }

    private static List<SignalUse> signalUses(ApplicationPlan plan, Map<String, SignalRule> rules) {
        List<SignalUse> uses = new ArrayList<>();
        for (SignalRule rule : rules.values()) {
            if (!rule.allowsSignals()) {
                uses.add(new SignalUse(rule.specialtyCode(), "NONE", 0, 0, rule.note()));
                continue;
            }
            if (rule.tiered()) {
                uses.add(new SignalUse(
                        rule.specialtyCode(), "GOLD", count(plan, rule, SignalKind.GOLD), rule.gold(), rule.note()));
                uses.add(new SignalUse(
                        rule.specialtyCode(),
                        "SILVER",
                        count(plan, rule, SignalKind.SILVER),
                        rule.silver(),
                        rule.note()));
            } else {
                uses.add(new SignalUse(
                        rule.specialtyCode(),
                        "SIGNAL",
                        count(plan, rule, SignalKind.SIGNAL),
                        rule.untiered(),
                        rule.note()));
            }
        }
        return uses;
    }

    private static int count(ApplicationPlan plan, SignalRule rule, SignalKind kind) {
        return (int) plan.selected().stream()
                .filter(s -> s.specialtyCode().equals(rule.specialtyCode()) && s.signal() == kind)
                .count();
    }
}
