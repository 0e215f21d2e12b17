package org.smartpick.core.optimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.smartpick.core.fees.Cost;
import org.smartpick.core.fees.FeeCalculator;
import org.smartpick.core.fees.SpecialtyCount;
import org.smartpick.core.signals.SignalRule;

/**
 * Chooses the application list and its signals under the budget. Exact where the structure allows: with
 * independent outcomes (rho = 0), no signals and P(at least one match), the count dynamic program over fee buckets
 * is the optimum; with independent outcomes, expected utility, a program-count budget and no per-specialty caps,
 * greedy by marginal gain is the optimum (Chade and Smith 2006). Otherwise the best of the node-wise optimal lists
 * and the greedy list is improved by swap-based local search, and the quadrature sum of node optima bounds the best
 * possible value from above.
 */
public final class ApplicationOptimizer {
    private static final int MAX_LOCAL_SEARCH_ITERATIONS = 10_000;
    /** Room for rounding between a start's relaxed bound and the value its list would reach (sums of O(1) terms). */
    private static final double BOUND_SLACK = 1e-9;

    private ApplicationOptimizer() {}

    /**
     * The full plan for a request: the list optimized over the candidates some step of the search can reach
     * ({@link CandidateNarrowing#forReport}), its upper bound, each selection's marginal gain and the curve, drawn
     * from the candidates the curve can reach ({@link CandidateNarrowing#forCurve}).
     */
    public static ApplicationPlan optimize(OptimizationRequest given) {
        return plan(
                CandidateNarrowing.forReport(given),
                (length, listTable) -> CandidateTable.columnsOnDemand(CandidateNarrowing.forCurve(given, length)));
    }

    /**
     * The list a what-if compares, and its values alone: optimized over fewer candidates
     * ({@link CandidateNarrowing#forWhatIf}) by the greedy list improved by local search, without the node-wise
     * starts and bound (the plan's upper bound equals the achieved value and claims nothing), no curve and no
     * marginal gains (reported as 0).
     */
    public static ApplicationPlan whatIfList(OptimizationRequest given) {
        OptimizationRequest request = CandidateNarrowing.forWhatIf(given);
        CandidateTable table = CandidateTable.columnsOnDemand(request);
        Objective objective = request.objective();
        ListState chosen = new ListState(table);
        if (anythingFits(request, table)) {
            Limits limits = limits(request);
            Search search = new Search(table, objective);
            search.greedy(chosen, limits, Integer.MAX_VALUE);
            search.upgradeSignals(chosen, limits);
            search.localSearch(chosen, limits, MAX_LOCAL_SEARCH_ITERATIONS);
            PreferenceSwaps.swap(table, chosen, limits, objective);
        }
        boolean exact = isExact(request, table);
        return listAlone(table, request, chosen, exact, method(exact, table), notes(request, table));
    }

    /**
     * A given list (program ids with their signals) as a plan under the request's chances, worked out as the
     * optimizer works out its own lists: what a list kept from before is worth for a changed profile. Empty when a
     * program on it is no candidate of the request or its specialty does not allow its signal. The budget and signal
     * counts are not checked: the list is one the same budget and rules allowed before. No curve, no marginal gains.
     */
    public static Optional<ApplicationPlan> evaluate(OptimizationRequest request, Map<String, SignalKind> list) {
        List<Candidate> listed = new ArrayList<>(list.size());
        for (Candidate candidate : request.candidates()) {
            if (list.containsKey(candidate.programId())) {
                listed.add(candidate);
            }
        }
        if (listed.size() != list.size()) {
            return Optional.empty();
        }
        OptimizationRequest only = new OptimizationRequest(
                listed,
                request.budget(),
                request.objective(),
                request.feeSchedules(),
                request.oneOffFees(),
                request.signalRules(),
                request.model(),
                request.flattening(),
                request.curveFactor());
        CandidateTable table = CandidateTable.columnsOnDemand(only);
        ListState state = new ListState(table);
        for (int j = 0; j < table.size; j++) {
            int option = option(table, j, list.get(table.candidates[j].programId()));
            if (!SignalOption.isSelected(option)) {
                return Optional.empty();
            }
            state.apply(Move.of(Change.adding(j, option)));
        }
        return Optional.of(listAlone(table, only, state, false, "the list as given, evaluated", List.of()));
    }

    /**
     * A plan of the list and its values alone: no curve, no marginal gains (reported as 0), and an upper bound that
     * equals the achieved value and claims nothing.
     */
    private static ApplicationPlan listAlone(
            CandidateTable table,
            OptimizationRequest request,
            ListState state,
            boolean exact,
            String method,
            List<String> notes) {
        Objective objective = request.objective();
        return new ApplicationPlan(
                selections(table, state, objective, false),
                objective,
                state.value(Objective.AT_LEAST_ONE_MATCH),
                state.value(Objective.EXPECTED_UTILITY),
                state.value(objective),
                exact,
                cost(table, request, state),
                List.of(),
                OptionalInt.empty(),
                method,
                notes,
                Optional.empty());
    }

    /** The option of candidate j that sends the signal, or NOT_SELECTED when its specialty does not allow it. */
    private static int option(CandidateTable table, int j, SignalKind signal) {
        int option = SignalOption.of(signal);
        return table.allows(j, option) && table.signalKind(j, option) == signal ? option : SignalOption.NOT_SELECTED;
    }

    /** The plan over every candidate, none dropped, the curve too: what the narrowed optimization is tested against. */
    static ApplicationPlan optimizeOverAll(OptimizationRequest request) {
        return plan(request, (length, listTable) -> listTable);
    }

    /**
     * Where the curve of a given length is drawn from: the list's own table, or one over the candidates that curve
     * can reach (its log-miss columns worked out as the greedy reads them).
     */
    private interface CurveTables {
        CandidateTable forLength(int length, CandidateTable listTable);
    }

    /** The full plan over the request's candidates, its curve drawn from the table {@code curveTables} gives. */
    private static ApplicationPlan plan(OptimizationRequest request, CurveTables curveTables) {
        CandidateTable table = new CandidateTable(request);
        Objective objective = request.objective();
        ListState chosen = new ListState(table);
        double upperBound = 0;
        Optional<PreferenceEffect> preferences = Optional.empty();
        if (anythingFits(request, table)) {
            Limits limits = limits(request);
            Search search = new Search(table, objective);
            NodeRelaxation relaxation = new NodeRelaxation(table);
            NodeRelaxation.Result result = relaxation.solve(limits);
            upperBound = result.upperBound();
            chosen = bestStart(table, search, relaxation, result.starts(), limits);
            search.localSearch(chosen, limits, MAX_LOCAL_SEARCH_ITERATIONS);
            if (table.anyBonus) {
                ListState ignoring = chosen.copy();
                PreferenceSwaps.swap(table, chosen, limits, objective);
                preferences = Optional.of(preferenceEffect(table, chosen, ignoring, objective));
            }
        }
        boolean exact = isExact(request, table);
        int length = curveLength(request, chosen.count);
        List<CurvePoint> curve =
                curve(curveTables.forLength(length, table), request.objective(), length, request.oneOffUsd());
        return new ApplicationPlan(
                selections(table, chosen, objective, true),
                objective,
                chosen.value(Objective.AT_LEAST_ONE_MATCH),
                chosen.value(Objective.EXPECTED_UTILITY),
                exact ? chosen.value(objective) : upperBound,
                exact,
                cost(table, request, chosen),
                curve,
                request.flattening().after(curve),
                method(exact, table),
                notes(request, table),
                preferences);
    }

    /** Whether the search has anything to choose from: candidates, and dollars left once the one-off fees are paid. */
    private static boolean anythingFits(OptimizationRequest request, CandidateTable table) {
        return request.maxProgramUsd() >= 0 && table.size > 0;
    }

    /** The budget as the search applies it (none left when the one-off fees are not covered). */
    private static Limits limits(OptimizationRequest request) {
        return new Limits(Math.max(0, request.maxPrograms()), Math.max(0, request.maxProgramUsd()));
    }

    /** The plan's notes: specialties without signal rules or with older ones, and a budget the one-off fees exceed. */
    private static List<String> notes(OptimizationRequest request, CandidateTable table) {
        List<String> notes = signalNotes(request, table);
        if (request.maxProgramUsd() < 0) {
            notes.add("The budget of $" + request.budget().maxUsd().getAsInt() + " does not cover the one-off fees of $"
                    + request.oneOffUsd() + ", so no program can be applied to.");
        }
        return notes;
    }

    /**
     * How the chosen list stands to its preferences: its programs with and without a bonus, its chance without those
     * outside, and the list found without bonuses (the list before {@link PreferenceSwaps}; the better of it and the
     * chosen list, which stays true should a swap ever raise the chance too).
     */
    private static PreferenceEffect preferenceEffect(
            CandidateTable table, ListState chosen, ListState ignoring, Objective objective) {
        List<Change> dropOutside = new ArrayList<>();
        int inside = 0;
        for (int j = 0; j < table.size; j++) {
            if (chosen.selected(j)) {
                if (table.bonus[j] > 0) {
                    inside++;
                } else {
                    dropOutside.add(Change.dropping(j, chosen.option[j]));
                }
            }
        }
        double bonus = Arrays.stream(table.bonus).max().orElse(0);
        double p = chosen.value(Objective.AT_LEAST_ONE_MATCH);
        return new PreferenceEffect(
                bonus,
                inside,
                dropOutside.size(),
                chosen.valueAfter(dropOutside, Objective.AT_LEAST_ONE_MATCH),
                Math.max(p, ignoring.value(Objective.AT_LEAST_ONE_MATCH)),
                Math.max(chosen.value(objective), ignoring.value(objective)));
    }

    /** The best of the node-wise optimal lists and the greedy list, each given its best signals one at a time. */
    private static ListState bestStart(
            CandidateTable table,
            Search search,
            NodeRelaxation relaxation,
            List<NodeRelaxation.Start> starts,
            Limits limits) {
        ListState best = new ListState(table);
        search.greedy(best, limits, Integer.MAX_VALUE);
        Set<SignalFreeList> tried = new HashSet<>();
        tried.add(new SignalFreeList(best.option.clone()));
        search.upgradeSignals(best, limits);
        double bestValue = search.score(best);
        ListState state = new ListState(table);
        ListState empty = new ListState(table);
        Set<SignalFreeList> built = new HashSet<>();
        for (NodeRelaxation.Start start : starts) {
            state.assign(empty);
            relaxation.build(start, state);
            if (!built.add(new SignalFreeList(state.option.clone()))) {
                continue; // the same list trims to the same list, tried already
            }
            if (search.relaxedScore(state) + BOUND_SLACK * Math.max(1, bestValue) <= bestValue) {
                continue; // neither trimming nor signals can lift this list above the best so far
            }
            search.trim(state, limits);
            if (!tried.add(new SignalFreeList(state.option.clone()))) {
                continue;
            }
            search.upgradeSignals(state, limits);
            double value = search.score(state);
            if (value > bestValue) {
                best.assign(state);
                bestValue = value;
            }
        }
        return best;
    }

    /**
     * A list before its signals are chosen, compared by content: starts that trim to the same list end the same way,
     * so each is given its signals once.
     */
    private record SignalFreeList(int[] option) {
        @Override
        public boolean equals(Object other) {
            return other instanceof SignalFreeList list && Arrays.equals(option, list.option);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(option);
        }

        @Override
        public String toString() {
            return Arrays.toString(option);
        }
    }

    private static boolean isExact(OptimizationRequest request, CandidateTable table) {
        if (table.nodes > 1 || signalsMatter(table) || table.anyBonus) {
            return false;
        }
        if (request.objective() == Objective.AT_LEAST_ONE_MATCH) {
            return true;
        }
        return request.budget().maxUsd().isEmpty()
                && request.budget().maxProgramsPerSpecialty().isEmpty();
    }

    /** Whether any candidate allowed a signal would gain from one. */
    private static boolean signalsMatter(CandidateTable table) {
        for (int j = 0; j < table.size; j++) {
            Candidate c = table.candidates[j];
            if ((table.allows(j, SignalOption.ORDINARY) && c.pSignal() > c.p())
                    || (table.allows(j, SignalOption.GOLD) && c.pGold() > c.p())) {
                return true;
            }
        }
        return false;
    }

    private static String method(boolean exact, CandidateTable table) {
        if (exact) {
            return "exact: independent outcomes; dynamic program over per-specialty program counts and fees"
                    + " (greedy by marginal gain for expected utility under a program-count budget)";
        }
        return "greedy and node-wise optimal starting lists, improved by swap-based local search; upper bound = sum over "
                + table.nodes + " quadrature node(s) of the exact (relaxed for signals) optimum at that node";
    }

    private static List<Selection> selections(
            CandidateTable table, ListState state, Objective objective, boolean withGains) {
        double value = state.value(objective);
        List<Selection> selections = new ArrayList<>();
        for (int j = 0; j < table.size; j++) {
            int option = state.option[j];
            if (SignalOption.isSelected(option)) {
                double without = withGains ? state.valueAfter(Move.of(Change.dropping(j, option)), objective) : value;
                Candidate c = table.candidates[j];
                selections.add(new Selection(
                        c.programId(),
                        c.specialtyCode(),
                        table.signalKind(j, option),
                        c.chance(option),
                        value - without));
            }
        }
        return selections;
    }

    private static Cost cost(CandidateTable table, OptimizationRequest request, ListState state) {
        List<SpecialtyCount> counts = new ArrayList<>();
        for (int b = 0; b < table.buckets(); b++) {
            if (state.bucketCount[b] > 0) {
                counts.add(new SpecialtyCount(table.bucketFeeGroup[b], table.bucketSpecialty[b], state.bucketCount[b]));
            }
        }
        return FeeCalculator.cost(request.feeSchedules(), counts, request.oneOffFees());
    }

    /** curveFactor times the larger of the chosen list and the program budget, at least 1. */
    private static int curveLength(OptimizationRequest request, int chosen) {
        int base = Math.max(chosen, request.budget().maxPrograms().orElse(0));
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, (long) Math.ceil(request.curveFactor() * base)));
    }

    /** Greedy ordering from 1 program to {@code length} (or as many as the table holds), under no budget. */
    private static List<CurvePoint> curve(CandidateTable table, Objective objective, int length, int oneOffUsd) {
        ListState state = new ListState(table);
        Search.Greedy greedy =
                new Search(table, objective).new Greedy(state, new Limits(Integer.MAX_VALUE, Integer.MAX_VALUE));
        List<CurvePoint> curve = new ArrayList<>();
        for (int h = 1; h <= Math.min(table.size, length); h++) {
            if (!greedy.add()) {
                break;
            }
            curve.add(new CurvePoint(
                    h,
                    state.value(Objective.AT_LEAST_ONE_MATCH),
                    state.value(Objective.EXPECTED_UTILITY),
                    state.costUsd + oneOffUsd));
        }
        return curve;
    }

    /** Says which specialties get no signals because no rule is known, and which rules came from an older season. */
    private static List<String> signalNotes(OptimizationRequest request, CandidateTable table) {
        Map<String, String> notes = new TreeMap<>();
        for (String specialty : table.bucketSpecialty) {
            SignalRule rule = request.signalRules().get(specialty);
            if (rule == null) {
                notes.put(specialty, "Specialty " + specialty + ": signal rules unknown, so no signals are planned.");
            } else if (!rule.note().isBlank()) {
                notes.put(specialty, "Specialty " + specialty + ": " + rule.note());
            }
        }
        return new ArrayList<>(notes.values());
    }
}
