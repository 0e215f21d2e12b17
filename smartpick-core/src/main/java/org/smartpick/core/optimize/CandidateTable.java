package org.smartpick.core.optimize;

import static org.smartpick.core.optimize.SignalOption.COUNT;
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
 * The optimizer's precomputed view of a request: candidates in program-id order, their miss chances per
 * {@link SignalOption} and quadrature node ({@link LogMissTable}), utility levels, one fee bucket per specialty with
 * its cost table and its cap (members, or the applicant's per-specialty limit), the signal slots per bucket, and the
 * members of each group (bucket and utility level) in the orders the search scans them ({@link GroupOrders}). A table
 * for the search alone ({@link #columnsOnDemand}: a what-if list, a curve) works out its log-miss columns as the
 * search reads them; the node relaxation, which reads every row, is not run on it.
 */
final class CandidateTable {
    final Candidate[] candidates;
    final int size;
    final int nodes;
    final double[] weights;
    /** log(1 - p_j(theta_k)) per option, node and candidate: whole, or columns worked out as they are read. */
    final LogMissTable logMiss;

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
        LatentFactorModel model = request.model();
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
        logMiss = wholeLogMissTable ? LogMissTable.whole(this, model) : LogMissTable.onDemand(this, model);
        double[][] independentLogMiss = LogMissTable.independent(candidates);
        double[] chance = new double[size];
        int[] groupOf = new int[size];
        for (int j = 0; j < size; j++) {
            chance[j] = candidates[j].p();
            groupOf[j] = group(j);
        }
        int[] byChance = GroupOrders.bestFirst(bucket, chance);
        bucketsByChance = GroupOrders.byGroup(byChance, bucket, buckets);
        int[][] groupsByChance = GroupOrders.byGroup(byChance, groupOf, groups());
        sortedByOption = GroupOrders.bySignal(this, groupsByChance, (j, option) -> candidates[j].chance(option));
        sortedByOption[NO_SIGNAL] = groupsByChance;
        sortedBySignalGain = GroupOrders.bySignal(
                this, groupsByChance, (j, option) -> independentLogMiss[NO_SIGNAL][j] - independentLogMiss[option][j]);
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

    /** Whether bucket b's candidates may carry the option under its specialty's signal rule. */
    boolean bucketAllows(int b, int option) {
        return option == NO_SIGNAL || (option == ORDINARY ? ordinarySlots[b] > 0 : strongSlots[b] > 0);
    }

    /** The signal the answer names for candidate j selected with the option. */
    SignalKind signalKind(int j, int option) {
        return SignalOption.kind(option, tiered[bucket[j]]);
    }

    /** The options the search tries, from NO_SIGNAL up: all, or only NO_SIGNAL when no specialty has signals. */
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
}
