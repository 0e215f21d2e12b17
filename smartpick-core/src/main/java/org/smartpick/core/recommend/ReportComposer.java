package org.smartpick.core.recommend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.chance.ChanceEstimate;
import org.smartpick.core.chance.ChanceModel;
import org.smartpick.core.eligibility.Condition;
import org.smartpick.core.eligibility.ConditionKind;
import org.smartpick.core.eligibility.EligibilityRules;
import org.smartpick.core.optimize.ApplicationPlan;
import org.smartpick.core.optimize.PreferenceEffect;
import org.smartpick.core.optimize.Selection;
import org.smartpick.core.optimize.SignalKind;
import org.smartpick.core.portfolio.LatentFactorModel;
import org.smartpick.core.program.Setting;
import org.smartpick.core.season.SeasonCalendar;
import org.smartpick.core.signals.SignalRule;
import org.smartpick.core.strategy.Strategy;
import org.smartpick.core.strategy.StrategyPolicy;
import org.smartpick.core.tiers.TierClassifier;

/**
 * Composes the answer from the reported list, its draft and the strategy: every assessed program's result in list
 * order, the excluded programs, the summary (interviews, conditions, preferences, signal uses) and the notes.
 */
final class ReportComposer {
    private final ChanceModel chanceModel;
    private final EligibilityRules eligibilityRules;
    private final StrategyPolicy strategyPolicy;
    private final RecommendPolicy policy;
    private final SeasonCalendar seasons;
    private final ListPlanner planner;
    private final ProgramResults results;

    ReportComposer(Recommender.Parts parts, TierClassifier tiers, ListPlanner planner) {
        this.chanceModel = parts.chanceModel();
        this.eligibilityRules = parts.eligibilityRules();
        this.strategyPolicy = parts.strategyPolicy();
        this.policy = parts.policy();
        this.seasons = parts.seasons();
        this.planner = planner;
        this.results = new ProgramResults(tiers);
    }

    /**
     * What the report says of each assessed program before the list is chosen: the result of every program that
     * can be applied to as if unselected (in assessed order), and the excluded programs sorted by id. Only the few
     * selected programs are worded again once the list is known.
     */
    record ReportDraft(List<ProgramResult> unselected, List<ExcludedProgram> excluded) {}

    /**
     * The part of a recommendation that does not depend on the strategy: every assessed program's result, the
     * excluded programs, the summary and the notes.
     */
    record ReportedList(
            List<ProgramResult> programs, List<ExcludedProgram> excluded, Summary summary, List<String> notes) {}

    /** The report's draft of every assessed program, worded as if no program were selected. */
    ReportDraft draft(CatalogIndex catalogIndex, RecommendOptions options, ListInputs inputs) {
        List<ProgramResult> unselected = new ArrayList<>(inputs.candidates().size());
        List<ExcludedProgram> excluded = new ArrayList<>();
        SharedTexts shared = new SharedTexts();
        for (AssessedProgram a : inputs.assessed()) {
            if (a.chance().isEmpty()) {
                excluded.add(ProgramResults.excluded(a));
            } else {
                unselected.add(results.of(
                        a,
                        a.chance().get(),
                        Optional.empty(),
                        catalogIndex,
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
    ReportedList report(CatalogIndex catalogIndex, ListResult list, ReportDraft draft) {
        ApplicationPlan plan = list.plan();
        ListInputs inputs = list.inputs();
        Map<String, Selection> chosen = new HashMap<>();
        plan.selected().forEach(s -> chosen.put(s.programId(), s));
        List<ProgramResult> programs = new ArrayList<>(draft.unselected().size());
        SharedTexts shared = new SharedTexts();
        for (AssessedProgram a : inputs.assessed()) {
            if (a.chance().isEmpty()) {
                continue;
            }
            Selection selection = chosen.get(a.program().id());
            programs.add(
                    selection == null
                            ? draft.unselected().get(programs.size())
                            : results.of(
                                    a,
                                    a.chance().get(),
                                    Optional.of(selection),
                                    catalogIndex,
                                    inputs.chances().applicantType(),
                                    Optional.of(inputs.chances()),
                                    shared));
        }
        programs = ListOrder.inListOrder(programs);
        double[] selectedP = plan.selected().stream().mapToDouble(Selection::p).toArray();
        List<String> notes = new ArrayList<>(inputs.notes());
        notes.addAll(plan.notes());
        IndistinguishablePrograms.note(inputs.candidates(), chosen.keySet()).ifPresent(notes::add);
        Map<String, Double> interviews = new TreeMap<>();
        for (AssessedProgram a : inputs.assessed()) {
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
        double pGoal = planner.pGoalMatch(inputs.chances().applicantType(), inputs.targets(), plan);
        ChosenConditions conditional = chosenConditions(inputs, plan);
        Summary summary = new Summary(
                plan.objective(),
                plan.pAtLeastOneMatch(),
                pGoal,
                Math.max(0, ListPlanner.clamp(plan.pAtLeastOneMatch()) - pGoal),
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

    /** The answer: the reported list with its season, the strategy's plan and what-ifs, and the model behind it. */
    Recommendation compose(
            Profile profile,
            CatalogIndex catalogIndex,
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
                SeasonFees.ofTargets(profile.targets(), catalogIndex, options.season()),
                list.inputs().signalRules().values(),
                catalogIndex.catalog().reference());
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

    /** The conditions the chosen programs are open under, and the list's chance from the programs that wait for none. */
    private record ChosenConditions(List<ListCondition> conditions, double pAtLeastOneMatchWithout) {}

    /**
     * The distinct conditions (kind and date) of the chosen programs, earliest first, each with the number of chosen
     * programs that wait for it, and P(at least one match) of the chosen programs open without any condition.
     */
    private ChosenConditions chosenConditions(ListInputs inputs, ApplicationPlan plan) {
        Map<String, List<Condition>> byProgram = new HashMap<>();
        for (AssessedProgram a : inputs.assessed()) {
            List<Condition> conditions = a.verdict().conditions();
            if (!conditions.isEmpty()) {
                byProgram.put(a.program().id(), conditions);
            }
        }
        if (byProgram.isEmpty()) {
            return new ChosenConditions(List.of(), plan.pAtLeastOneMatch());
        }
        record Key(LocalDate by, ConditionKind kind) {}
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
                : ListPlanner.clamp(chanceModel
                        .portfolio(inputs.chances().applicantType())
                        .atLeastOne(
                                open.stream().mapToDouble(Double::doubleValue).toArray()));
        return new ChosenConditions(
                List.copyOf(counted.values()), Math.min(ListPlanner.clamp(plan.pAtLeastOneMatch()), without));
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
        // Candidates stand in the sources' order; a candidate inside the preferences carries their bonus.
        for (int i = 0; i < inputs.sources().size(); i++) {
            AssessedProgram a = inputs.sources().get(i);
            if (chosen.containsKey(a.program().id())) {
                outsideStates += preferences.inStates(a.program()) ? 0 : 1;
                outsideSettings += preferences.inSettings(a.program()) ? 0 : 1;
            } else if (inputs.candidates().get(i).preferenceBonus() > 0) {
                insideNotChosen++;
            }
        }
        // sorted: the sets' own order changes from run to run
        List<String> settings =
                preferences.settings().stream().sorted().map(Setting::label).toList();
        return Optional.of(PreferenceSummary.of(
                List.copyOf(new TreeSet<>(preferences.states())),
                settings,
                effect.bonusPerProgram(),
                new PreferenceSummary.Counts(
                        effect.chosenInside(), effect.chosenOutside(), outsideStates, outsideSettings, insideNotChosen),
                ListPlanner.clamp(plan.pAtLeastOneMatch()),
                ListPlanner.clamp(effect.pWithoutOutside()),
                ListPlanner.clamp(effect.pIgnoringPreferences())));
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
