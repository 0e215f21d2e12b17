package org.smartpick.core.optimize;

import static org.smartpick.core.optimize.SignalOption.GOLD;
import static org.smartpick.core.optimize.SignalOption.NO_SIGNAL;
import static org.smartpick.core.optimize.SignalOption.ORDINARY;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.smartpick.core.fees.FeeCalculator;
import org.smartpick.core.reference.FeeSchedule;
import org.smartpick.core.signals.SignalRule;

/**
 * Fewer candidates for the optimizer to weigh. A reported list drops only candidates that no step of the optimizer
 * can put on a list ({@link #forReport}); a what-if list, which is only compared, keeps fewer ({@link #forWhatIf}).
 */
final class CandidateNarrowing {
    private CandidateNarrowing() {}

    /**
     * The candidates of a reported list without those too far down their group to be put on it. A group is the
     * candidates of one specialty (one fee schedule) and one level (utility and preference bonus); within a group a program with a higher
     * chance under an option is worth more at every quadrature node. Let K be the most programs of the specialty
     * that a list can hold: the budget's program count, the specialty's own limit and what the dollars pay for there.
     * Then:
     * <ul>
     *   <li>every list that the greedy additions, the local search's moves or the trimmed starting lists build holds
     *   at most K programs of the group, so the best unselected member without a signal is among the first K + 1 by
     *   chance;</li>
     *   <li>the best unselected member for a signal whose institution is free comes after at most K selected members
     *   and the members of institutions that already hold a signal of the specialty: at most B, the members of the
     *   group at the S institutions with most of them, S being the specialty's signal slots (B = 0 where no
     *   one-signal-per-institution rule applies);</li>
     *   <li>and a list with a member past those ranks can swap it for a better-ranked member that is off the list,
     *   same fee and utility, a chance at least as high, a free institution for its signal, so an optimal list exists
     *   among the kept candidates: the optimum is unchanged and the node relaxation over them still bounds it.</li>
     * </ul>
     * So each group keeps its K + 1 best by chance and, for each signal the specialty allows, its K + 1 + B best by
     * the chance with that signal (ties to the lower program id, as the optimizer ranks them). The greedy list and the
     * local search meet the same candidates in the same order as over all of them; the node relaxation's bound and
     * starting lists are computed over the kept ones only (a bound at least as tight). The curve reaches further and
     * is drawn from its own candidates ({@link #forCurve}).
     */
    static OptimizationRequest forReport(OptimizationRequest request) {
        List<Candidate> all = Arrays.asList(CandidateTable.inProgramIdOrder(request.candidates()));
        if (hasDuplicateIds(all)) {
            return request; // the candidate table rejects them
        }
        int maxPrograms = request.maxPrograms();
        int maxProgramUsd = request.maxProgramUsd();
        if (maxProgramUsd < 0) {
            return request; // nothing can be applied to
        }
        return keepingReachable(request, all, members -> listMost(request, all, members, maxPrograms, maxProgramUsd));
    }

    /**
     * The candidates the curve of {@code length} programs can reach: its greedy additions under no budget hold at
     * most min(length, the specialty's own limit) programs of a specialty, so the argument of {@link #forReport}
     * holds with that K, and the curve drawn from the kept candidates is the curve drawn from all of them.
     */
    static OptimizationRequest forCurve(OptimizationRequest request, int length) {
        List<Candidate> all = Arrays.asList(CandidateTable.inProgramIdOrder(request.candidates()));
        return keepingReachable(
                request,
                all,
                members -> Math.min(
                        length, specialtyLimit(request, all.get(members[0]).specialtyCode())));
    }

    /** The request with each group's reachable candidates (see {@link #forReport}), K given per specialty. */
    private static OptimizationRequest keepingReachable(
            OptimizationRequest request, List<Candidate> all, ToLongFunction<int[]> mostOfSpecialty) {
        boolean[] keep = new boolean[all.size()];
        for (int[] members : specialtyGroups(all)) {
            String specialty = all.get(members[0]).specialtyCode();
            long most = mostOfSpecialty.applyAsLong(members);
            for (int[] group : utilityGroups(all, members, request.objective())) {
                keepReachable(all, group, most, request.signalRules().get(specialty), keep);
            }
        }
        return keeping(request, all, keep);
    }

    /** The request with the marked candidates of {@code all} (the request's, in program-id order), or as it was. */
    private static OptimizationRequest keeping(OptimizationRequest request, List<Candidate> all, boolean[] keep) {
        List<Candidate> kept = new ArrayList<>(all.size());
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                kept.add(all.get(i));
            }
        }
        if (kept.size() == all.size()) {
            return request;
        }
        return new OptimizationRequest(
                kept,
                request.budget(),
                request.objective(),
                request.feeSchedules(),
                request.oneOffFees(),
                request.signalRules(),
                request.model(),
                request.flattening(),
                request.curveFactor());
    }

    /** The most programs of one specialty a list can hold: the program budget, its own limit, what the dollars buy there. */
    private static int listMost(
            OptimizationRequest request, List<Candidate> all, int[] members, int maxPrograms, int maxProgramUsd) {
        Candidate first = all.get(members[0]);
        int most = Math.min(maxPrograms, specialtyLimit(request, first.specialtyCode()));
        return Math.min(most, affordable(request.feeSchedules().get(first.feeGroup()), maxProgramUsd, members.length));
    }

    private static boolean hasDuplicateIds(List<Candidate> inIdOrder) {
        for (int i = 1; i < inIdOrder.size(); i++) {
            if (inIdOrder.get(i).programId().equals(inIdOrder.get(i - 1).programId())) {
                return true;
            }
        }
        return false;
    }

    private static int specialtyLimit(OptimizationRequest request, String specialty) {
        return request.budget().maxProgramsPerSpecialty().getOrDefault(specialty, Integer.MAX_VALUE);
    }

    /**
     * The candidates of one specialty by level: utility (which P(at least one match) does not read), as the candidate
     * table groups them, and preference bonus, so that each specialty's best programs with a bonus are kept for
     * {@link PreferenceSwaps} besides its best overall; each in program-id order. Values are the same level when
     * {@link Double#compare} says so.
     */
    private static List<int[]> utilityGroups(List<Candidate> all, int[] members, Objective objective) {
        boolean readsUtility = objective != Objective.AT_LEAST_ONE_MATCH;
        boolean anyBonus = false;
        for (int i : members) {
            anyBonus |= all.get(i).preferenceBonus() > 0;
        }
        if (!readsUtility && !anyBonus) {
            return List.of(members);
        }
        Map<Level, List<Integer>> byLevel = new HashMap<>();
        List<List<Integer>> groups = new ArrayList<>();
        for (int i : members) {
            Candidate c = all.get(i);
            Level level = new Level(
                    readsUtility ? Double.doubleToLongBits(c.utility()) : 0,
                    Double.doubleToLongBits(c.preferenceBonus()));
            List<Integer> group = byLevel.computeIfAbsent(level, u -> {
                List<Integer> created = new ArrayList<>();
                groups.add(created);
                return created;
            });
            group.add(i);
        }
        List<int[]> arrays = new ArrayList<>(groups.size());
        for (List<Integer> group : groups) {
            arrays.add(group.stream().mapToInt(Integer::intValue).toArray());
        }
        return arrays;
    }

    /** A level as bits: of the utility (0 when the objective reads none) and of the preference bonus. */
    private record Level(long utilityBits, long bonusBits) {}

    /**
     * Marks a group's first {@code most} + 1 by chance and, for each signal the rule allows, its first
     * {@code most} + 1 + B by the chance with that signal (see {@link #forReport}).
     */
    private static void keepReachable(List<Candidate> all, int[] group, long most, SignalRule rule, boolean[] keep) {
        int reach = (int) Math.min(group.length, most + 1);
        TopK.markBest(chances(all, group, NO_SIGNAL), group, reach, keep);
        if (rule == null || rule.strongSlots() + rule.ordinarySlots() == 0) {
            return;
        }
        long blocked = rule.onePerInstitution()
                ? membersAtBusiestInstitutions(all, group, rule.strongSlots() + rule.ordinarySlots())
                : 0;
        int signalReach = (int) Math.min(group.length, most + 1 + blocked);
        if (rule.ordinarySlots() > 0) {
            TopK.markBest(chances(all, group, ORDINARY), group, signalReach, keep);
        }
        if (rule.strongSlots() > 0) {
            TopK.markBest(chances(all, group, GOLD), group, signalReach, keep);
        }
    }

    private static double[] chances(List<Candidate> all, int[] group, int option) {
        double[] chances = new double[group.length];
        for (int m = 0; m < group.length; m++) {
            chances[m] = all.get(group[m]).chance(option);
        }
        return chances;
    }

    /** How many of the group's members are at the {@code institutions} institutions with most of them. */
    private static long membersAtBusiestInstitutions(List<Candidate> all, int[] group, int institutions) {
        Map<String, Integer> members = new HashMap<>();
        for (int i : group) {
            members.merge(all.get(i).institutionKey(), 1, Integer::sum);
        }
        int[] counts =
                members.values().stream().mapToInt(Integer::intValue).sorted().toArray();
        long total = 0;
        for (int c = counts.length - 1; c >= Math.max(0, counts.length - institutions); c--) {
            total += counts[c];
        }
        return total;
    }

    /**
     * A what-if list drawn from fewer candidates. In each specialty no list can hold more programs than the budget
     * pays for there, and within a specialty (one fee schedule) swapping a chosen program for a likelier unchosen one
     * never lowers P(at least one match). So each specialty keeps its top programs by chance, by chance with a signal
     * and by chance x utility, as many as the budget could buy there. For P(at least one match) without signal rules
     * this keeps the optimum (tested against brute force); with signals and utilities it is, like the what-if search
     * itself, a heuristic.
     */
    static OptimizationRequest forWhatIf(OptimizationRequest request) {
        int maxPrograms = request.maxPrograms();
        int maxProgramUsd = request.maxProgramUsd();
        // In program-id order (the order the candidate table sorts into anyway, cheaply when already sorted), so that
        // ties go to the lower index and the kept candidates stay in that order.
        List<Candidate> all = Arrays.asList(CandidateTable.inProgramIdOrder(request.candidates()));
        boolean[] keep = new boolean[all.size()];
        for (int[] members : specialtyGroups(all)) {
            int most = listMost(request, all, members, maxPrograms, maxProgramUsd);
            if (members.length <= most) {
                for (int i : members) {
                    keep[i] = true;
                }
            } else {
                keepTop(all, members, most, keep);
            }
        }
        return keeping(request, all, keep);
    }

    /** The candidates' indices by specialty, each specialty in order of its first candidate. */
    private static List<int[]> specialtyGroups(List<Candidate> all) {
        List<String> specialties = new ArrayList<>();
        int[] groupSize = new int[all.size()];
        int[] group = new int[all.size()];
        int last = -1;
        for (int i = 0; i < all.size(); i++) {
            String specialty = all.get(i).specialtyCode();
            if (last < 0 || !specialties.get(last).equals(specialty)) {
                last = specialties.indexOf(specialty);
                if (last < 0) {
                    last = specialties.size();
                    specialties.add(specialty);
                }
            }
            group[i] = last;
            groupSize[last]++;
        }
        List<int[]> groups = new ArrayList<>(specialties.size());
        for (int g = 0; g < specialties.size(); g++) {
            groups.add(new int[groupSize[g]]);
            groupSize[g] = 0;
        }
        for (int i = 0; i < all.size(); i++) {
            groups.get(group[i])[groupSize[group[i]]++] = i;
        }
        return groups;
    }

    /** How many programs of one specialty the program budget could pay for, at most {@code available}. */
    private static int affordable(FeeSchedule schedule, int maxProgramUsd, int available) {
        if (schedule == null || maxProgramUsd == Integer.MAX_VALUE) {
            return available;
        }
        int[] cost = FeeCalculator.costTableUsd(schedule, available);
        int n = 0;
        while (n < available && cost[n + 1] <= maxProgramUsd) {
            n++;
        }
        return n;
    }

    /**
     * Keeps the count best of a specialty's candidates by chance, by chance with a signal, by chance with a gold
     * signal, by chance x utility and by chance among those with a preference bonus first, ties to the lower program
     * id. A ranking with the same keys as the one by chance (no signals in the specialty, one utility for all, no
     * bonus) keeps the same candidates and is skipped.
     */
    private static void keepTop(List<Candidate> all, int[] members, int count, boolean[] keep) {
        double[] byChance = new double[members.length];
        double[] bySignalChance = new double[members.length];
        double[] byGoldChance = new double[members.length];
        double[] byValue = new double[members.length];
        double[] byPreference = new double[members.length];
        for (int m = 0; m < members.length; m++) {
            Candidate c = all.get(members[m]);
            byChance[m] = c.p();
            bySignalChance[m] = c.pSignal();
            byGoldChance[m] = c.pGold();
            byValue[m] = c.p() * c.utility();
            byPreference[m] = c.p() + (c.preferenceBonus() > 0 ? 1 : 0);
        }
        TopK.markBest(byChance, members, count, keep);
        for (double[] keys : List.of(bySignalChance, byGoldChance, byValue, byPreference)) {
            if (!Arrays.equals(keys, byChance)) {
                TopK.markBest(keys, members, count, keep);
            }
        }
    }
}
