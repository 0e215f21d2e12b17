package org.smartpick.core.optimize;

import static org.smartpick.core.optimize.SignalOption.COUNT;
import static org.smartpick.core.optimize.SignalOption.GOLD;
import static org.smartpick.core.optimize.SignalOption.NO_SIGNAL;
import static org.smartpick.core.optimize.SignalOption.ORDINARY;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.smartpick.core.fees.FeeCalculator;
import org.smartpick.core.portfolio.LatentFactorModel;
import org.smartpick.core.reference.FeeSchedule;
import org.smartpick.core.signals.SignalRule;

/**
 * The optimizer's precomputed view of a request: candidates in program-id order, the log-miss table
 * log(1 - p_j(theta_k)) for every option (0 no signal, 1 ordinary signal, 2 gold) and quadrature node, utility
 * levels, one fee bucket per specialty with its cost table and its cap (members, or the applicant's per-specialty
 * limit), and the signal slots per bucket. A table for the search alone ({@link #columnsOnDemand}: a what-if list, a
 * curve) works out its log-miss table column by column as the search reads it: greedy and local search score only
 * the few best members of each group, and the node relaxation, which reads every row, is not run on it.
 */
final class CandidateTable {
    private static final double MAX_CHANCE = 1 - 1e-12;

    final Candidate[] candidates;
    final int size;
    final int nodes;
    final double[] weights;
    /**
     * logMiss[option][node][candidate] = log(1 - p_j(theta_k)), filled for every candidate unless the table works
     * out its columns on demand (then null: read {@link #logMissColumn}); rows of options a candidate's specialty does not allow are
     * never read.
     */
    final double[][][] logMiss;
    /** logMissColumns[option][candidate][node] = log(1 - p_j(theta_k)), worked out on first use by {@link #logMissColumn}. */
    private final double[][][] logMissColumns;
    /**
     * missColumns[option][candidate][node] = 1 - p_j(theta_k) = exp(logMiss), worked out on first use by
     * {@link #missColumn}: lets a move be scored by products, and most candidates are never scored.
     */
    private final double[][][] missColumns;

    private final LatentFactorModel model;
    final double[] levelUtility;
    /** Per candidate, its preference bonus ({@link Candidate#preferenceBonus}): what {@link PreferenceSwaps} weighs. */
    final double[] bonus;
    /** Whether any candidate carries a preference bonus. */
    final boolean anyBonus;

    final int[] level;
    final String[] bucketSpecialty;
    final String[] bucketFeeGroup;
    final int[] bucket;
    final int[] bucketCap;
    final int[][] bucketCostUsd;
    final int[] strongSlots;
    final int[] ordinarySlots;
    final boolean[] onePerInstitution;
    final boolean[] tiered;
    /** Id of (specialty, institution) for the one-signal-per-institution rule (0 where the rule does not apply). */
    final int[] signalKey;

    final int signalKeys;
    /** Members of each bucket by chance without a signal, best first (ties by program id). */
    final int[][] bucketsByChance;
    /**
     * Members of (bucket, level) sorted by the option's chance, best first (ties by program id). Rows may be the same
     * array for several options, here and in {@link #sortedBySignalGain}: read them, never write them.
     */
    final int[][][] sortedByOption;
    /**
     * Members of (bucket, level) sorted by what a signal of the option adds under independence,
     * log(1 - p) - log(1 - p_option), best first: the order in which to try signal upgrades.
     */
    final int[][][] sortedBySignalGain;

    final boolean usesSignals;

    /** A table with the whole log-miss table filled: what the node relaxation reads. */
    CandidateTable(OptimizationRequest request) {
        this(request, true);
    }

    /** A table whose log-miss columns are worked out as the search reads them, for a search without node relaxation. */
    static CandidateTable columnsOnDemand(OptimizationRequest request) {
        return new CandidateTable(request, false);
    }

    private CandidateTable(OptimizationRequest request, boolean wholeLogMissTable) {
        candidates = inProgramIdOrder(request.candidates());
        size = candidates.length;
        requireUniqueIds();
        model = request.model();
        nodes = model.nodesNeeded();
        weights = model.nodeWeights();
        level = new int[size];
        levelUtility = levels(request.objective());
        bonus = new double[size];
        for (int j = 0; j < size; j++) {
            bonus[j] = candidates[j].preferenceBonus();
        }
        anyBonus = Arrays.stream(bonus).anyMatch(b -> b > 0);
        Map<String, String> feeGroupBySpecialty = feeGroupBySpecialty();
        bucketSpecialty = feeGroupBySpecialty.keySet().toArray(String[]::new);
        bucketFeeGroup = feeGroupBySpecialty.values().toArray(String[]::new);
        bucket = new int[size];
        int buckets = bucketSpecialty.length;
        int[] members = new int[buckets];
        for (int j = 0; j < size; j++) {
            bucket[j] = Arrays.binarySearch(bucketSpecialty, candidates[j].specialtyCode());
            members[bucket[j]]++;
        }
        bucketCap = new int[buckets];
        bucketCostUsd = new int[buckets][];
        strongSlots = new int[buckets];
        ordinarySlots = new int[buckets];
        onePerInstitution = new boolean[buckets];
        tiered = new boolean[buckets];
        boolean anySignal = false;
        for (int b = 0; b < buckets; b++) {
            FeeSchedule schedule = request.feeSchedules().get(bucketFeeGroup[b]);
            if (schedule == null) {
                throw new IllegalArgumentException("no fee schedule for fee group " + bucketFeeGroup[b]);
            }
            bucketCap[b] = Math.max(
                    0,
                    Math.min(
                            members[b],
                            request.budget()
                                    .maxProgramsPerSpecialty()
                                    .getOrDefault(bucketSpecialty[b], Integer.MAX_VALUE)));
            bucketCostUsd[b] = FeeCalculator.costTableUsd(schedule, bucketCap[b]);
            SignalRule rule = request.signalRules().get(bucketSpecialty[b]);
            if (rule != null) {
                strongSlots[b] = rule.strongSlots();
                ordinarySlots[b] = rule.ordinarySlots();
                onePerInstitution[b] = rule.onePerInstitution();
                tiered[b] = rule.tiered();
                anySignal |= rule.allowsSignals();
            }
        }
        usesSignals = anySignal;
        signalKey = new int[size];
        signalKeys = assignSignalKeys();
        logMiss = wholeLogMissTable ? new double[COUNT][][] : null;
        logMissColumns = new double[COUNT][size][];
        missColumns = new double[COUNT][size][];
        if (logMiss != null) {
            fillLogMissTable();
        }
        double[][] independentLogMiss = independentLogMiss();
        double[] chance = new double[size];
        int[] groupOf = new int[size];
        for (int j = 0; j < size; j++) {
            chance[j] = candidates[j].p();
            groupOf[j] = group(j);
        }
        int[] byChance = bestFirst(bucket, chance);
        bucketsByChance = byGroup(byChance, bucket, buckets);
        int[][] groupsByChance = byGroup(byChance, groupOf, groups());
        sortedByOption = sortGroups(groupsByChance, (j, option) -> candidates[j].chance(option));
        sortedByOption[NO_SIGNAL] = groupsByChance;
        sortedBySignalGain = sortGroups(
                groupsByChance, (j, option) -> independentLogMiss[NO_SIGNAL][j] - independentLogMiss[option][j]);
    }

    /** The candidates sorted by program id (a stable merge sort: linear when they come sorted). */
    static Candidate[] inProgramIdOrder(List<Candidate> candidates) {
        Candidate[] sorted = candidates.toArray(Candidate[]::new);
        Arrays.sort(sorted, Comparator.comparing(Candidate::programId));
        return sorted;
    }

    /**
     * Gives each candidate of a bucket under the one-signal-per-institution rule the id of its (specialty,
     * institution); candidates of other buckets share id 0, which that rule never reads. Returns the number of ids.
     */
    private int assignSignalKeys() {
        List<Map<String, Integer>> keysByBucket = new ArrayList<>();
        for (int b = 0; b < buckets(); b++) {
            keysByBucket.add(new HashMap<>());
        }
        int keys = 1;
        for (int j = 0; j < size; j++) {
            if (onePerInstitution[bucket[j]]) {
                Map<String, Integer> ofBucket = keysByBucket.get(bucket[j]);
                Integer key = ofBucket.get(candidates[j].institutionKey());
                if (key == null) {
                    key = keys++;
                    ofBucket.put(candidates[j].institutionKey(), key);
                }
                signalKey[j] = key;
            }
        }
        return keys;
    }

    int levels() {
        return levelUtility.length;
    }

    int buckets() {
        return bucketSpecialty.length;
    }

    int group(int j) {
        return group(bucket[j], level[j]);
    }

    /** The group of a bucket's candidates of one utility level. */
    int group(int b, int level) {
        return b * levels() + level;
    }

    int groups() {
        return buckets() * levels();
    }

    /** Whether candidate j may carry the option under its specialty's signal rule (slots permitting). */
    boolean allows(int j, int option) {
        return bucketAllows(bucket[j], option);
    }

    private boolean bucketAllows(int b, int option) {
        return option == NO_SIGNAL || (option == ORDINARY ? ordinarySlots[b] > 0 : strongSlots[b] > 0);
    }

    /** The signal the answer names for candidate j selected with the option. */
    SignalKind signalKind(int j, int option) {
        return SignalOption.kind(option, tiered[bucket[j]]);
    }

    /** The options the search tries, from NO_SIGNAL up: all of them, or only NO_SIGNAL when no specialty has signals. */
    int optionsInUse() {
        return usesSignals ? COUNT : NO_SIGNAL + 1;
    }

    private void requireUniqueIds() {
        for (int j = 1; j < size; j++) {
            if (candidates[j].programId().equals(candidates[j - 1].programId())) {
                throw new IllegalArgumentException("duplicate candidate program id " + candidates[j].programId());
            }
        }
    }

    /**
     * The levels, each a distinct utility, highest first, with each candidate's level. The objective P(at least one
     * match) reads no utility (all count 1): one level of utility 1, as when nothing differs or there are no
     * candidates.
     */
    private double[] levels(Objective objective) {
        if (objective == Objective.AT_LEAST_ONE_MATCH || size == 0) {
            return new double[] {1.0};
        }
        double[] utility = new double[size];
        for (int j = 0; j < size; j++) {
            utility[j] = candidates[j].utility();
        }
        DistinctValues utilities = DistinctValues.of(utility, size);
        int distinct = utilities.values().length;
        double[] levelUtility = new double[distinct];
        for (int j = 0; j < size; j++) {
            // descending ranks: the highest utility comes first
            level[j] = distinct - 1 - utilities.place(j);
            levelUtility[level[j]] = utility[j];
        }
        return levelUtility;
    }

    /** Each specialty is charged under one fee group; a specialty listed under two would break per-specialty pricing. */
    private Map<String, String> feeGroupBySpecialty() {
        Map<String, String> groups = new TreeMap<>();
        for (Candidate c : candidates) {
            String previous = groups.putIfAbsent(c.specialtyCode(), c.feeGroup());
            if (previous != null && !previous.equals(c.feeGroup())) {
                throw new IllegalArgumentException("specialty " + c.specialtyCode() + " appears under fee groups "
                        + previous + " and " + c.feeGroup());
            }
        }
        return groups;
    }

    /**
     * 1 - p_j(theta_k) per node k for candidate j under the option (one it may take), the exponential of its log-miss
     * column, worked out once.
     */
    double[] missColumn(int option, int j) {
        double[] column = missColumns[option][j];
        if (column == null) {
            double[] logs = logMissColumn(option, j);
            column = new double[nodes];
            for (int k = 0; k < nodes; k++) {
                column[k] = Math.exp(logs[k]);
            }
            missColumns[option][j] = column;
        }
        return column;
    }

    /**
     * log(1 - p_j(theta_k)) per node k for candidate j under the option (one it may take), worked out once: read from
     * the full table where there is one, else from the model (the same values the full table would hold).
     */
    double[] logMissColumn(int option, int j) {
        double[] column = logMissColumns[option][j];
        if (column == null) {
            if (logMiss != null) {
                column = new double[nodes];
                for (int k = 0; k < nodes; k++) {
                    column[k] = logMiss[option][k][j];
                }
            } else {
                column = model.logMissColumn(candidates[j].chance(option), MAX_CHANCE);
            }
            logMissColumns[option][j] = column;
        }
        return column;
    }

    /**
     * Fills logMiss[option] with log(1 - p_j(theta_k)) for the options in use, for the candidates that may take the
     * option (others keep 0 and are never read). Each distinct chance is looked up once in the model's table: the
     * same chance gives the same conditional chances.
     */
    private void fillLogMissTable() {
        int usedOptions = optionsInUse();
        double[] chances = new double[size * usedOptions];
        int n = 0;
        for (int option = NO_SIGNAL; option < usedOptions; option++) {
            for (int j = 0; j < size; j++) {
                if (allows(j, option)) {
                    chances[n++] = candidates[j].chance(option);
                }
            }
        }
        DistinctValues distinct = DistinctValues.inFirstSeenOrder(chances, n);
        int[][] place = new int[usedOptions][size];
        n = 0;
        for (int option = NO_SIGNAL; option < usedOptions; option++) {
            logMiss[option] = new double[nodes][size];
            for (int j = 0; j < size; j++) {
                place[option][j] = allows(j, option) ? distinct.place(n++) : -1;
            }
        }
        // Each node's values of the distinct chances go straight to their candidates: no second table.
        model.logMissRows(distinct.values(), MAX_CHANCE, (k, values) -> {
            for (int option = NO_SIGNAL; option < usedOptions; option++) {
                double[] logRow = logMiss[option][k];
                int[] at = place[option];
                for (int j = 0; j < size; j++) {
                    if (at[j] >= 0) {
                        logRow[j] = values[at[j]];
                    }
                }
            }
        });
    }

    /** log(1 - p_j) under each option as if outcomes were independent: what ranks signal upgrades. */
    private double[][] independentLogMiss() {
        double[][] logs = new double[COUNT][size];
        for (int option = NO_SIGNAL; option < COUNT; option++) {
            for (int j = 0; j < size; j++) {
                logs[option][j] = LatentFactorModel.independentLogMiss(candidates[j].chance(option), MAX_CHANCE);
            }
        }
        return logs;
    }

    /** A score of a candidate under an option, higher first. */
    private interface Score {
        double of(int j, int option);
    }

    /**
     * Per signal option (1 and 2) and per group, the members best first by the score; empty where the group's
     * bucket does not allow the option (no move ever takes it there) and for option 0. A signal usually lifts every
     * chance of a specialty alike, so the score often keeps the order by chance without a signal: where one pass
     * finds that it does, in every group (ties by index too), that order is reused instead of sorting again.
     */
    private int[][][] sortGroups(int[][] groupsByChance, Score score) {
        int[][][] sorted = new int[COUNT][groups()][];
        double[] key = new double[size];
        int[] groupOf = new int[size];
        for (int option = ORDINARY; option <= GOLD; option++) {
            for (int j = 0; j < size; j++) {
                boolean used = allows(j, option);
                key[j] = used ? score.of(j, option) : 0;
                groupOf[j] = used ? group(j) : -1;
            }
            sorted[option] = keepsOrder(groupsByChance, option, key)
                    ? allowedGroups(groupsByChance, option)
                    : byGroup(bestFirst(groupOf, key), groupOf, groups());
        }
        sorted[NO_SIGNAL] = new int[groups()][0];
        return sorted;
    }

    /** Whether, in every group allowed the option, the members in the given order are also best first by key. */
    private boolean keepsOrder(int[][] order, int option, double[] key) {
        for (int g = 0; g < order.length; g++) {
            int[] members = order[g];
            if (!bucketAllows(g / levels(), option)) {
                continue;
            }
            for (int i = 1; i < members.length; i++) {
                int compared = Double.compare(key[members[i]], key[members[i - 1]]);
                if (compared > 0 || (compared == 0 && members[i] < members[i - 1])) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The groups of the order whose bucket allows the option; empty groups elsewhere. */
    private int[][] allowedGroups(int[][] order, int option) {
        int[][] allowed = new int[order.length][];
        for (int g = 0; g < order.length; g++) {
            allowed[g] = bucketAllows(g / levels(), option) ? order[g] : new int[0];
        }
        return allowed;
    }

    /**
     * The candidates j with groupOf[j] >= 0 ordered by key[j], highest first, ties by index. Each key is replaced by
     * its place among the distinct keys, and a counting sort by place, taken in index order, keeps ties in index order.
     */
    static int[] bestFirst(int[] groupOf, double[] key) {
        int counted = 0;
        double[] keys = new double[key.length];
        for (int j = 0; j < key.length; j++) {
            if (groupOf[j] >= 0) {
                keys[counted++] = key[j];
            }
        }
        DistinctValues distinct = DistinctValues.of(keys, counted);
        int places = distinct.values().length;
        int[] firstOfRank = new int[places + 1];
        for (int i = 0; i < counted; i++) {
            firstOfRank[places - distinct.place(i)]++;
        }
        for (int rank = 1; rank <= places; rank++) {
            firstOfRank[rank] += firstOfRank[rank - 1];
        }
        int[] byRank = new int[counted];
        for (int j = 0, i = 0; j < key.length; j++) {
            if (groupOf[j] >= 0) {
                byRank[firstOfRank[places - 1 - distinct.place(i++)]++] = j;
            }
        }
        return byRank;
    }

    /** The candidates of an order split by group, each group keeping the order; candidates of group -1 are left out. */
    static int[][] byGroup(int[] order, int[] groupOf, int groups) {
        int[] members = new int[groups];
        for (int j : order) {
            if (groupOf[j] >= 0) {
                members[groupOf[j]]++;
            }
        }
        int[][] split = new int[groups][];
        for (int g = 0; g < groups; g++) {
            split[g] = new int[members[g]];
            members[g] = 0;
        }
        for (int j : order) {
            if (groupOf[j] >= 0) {
                split[groupOf[j]][members[groupOf[j]]++] = j;
            }
        }
        return split;
    }
}
