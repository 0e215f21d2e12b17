package org.smartpick.core.optimize;

import static org.smartpick.core.optimize.SignalOption.COUNT;
import static org.smartpick.core.optimize.SignalOption.GOLD;
import static org.smartpick.core.optimize.SignalOption.NO_SIGNAL;
import static org.smartpick.core.optimize.SignalOption.ORDINARY;

/**
 * The orders in which the search scans the members of each group (fee bucket and utility level) of a
 * {@link CandidateTable}: best first by a score, ties by index (program id), found by counting sorts.
 */
final class GroupOrders {
    /** In place of a group: the candidate is left out of the order. */
    static final int NO_GROUP = -1;

    private GroupOrders() {}

    /** A score of a candidate under an option, higher first. */
    interface Score {
        double of(int j, int option);
    }

    /**
     * Per signal option (ORDINARY and GOLD) and per group of the table, the members best first by the score; empty
     * where the group's bucket does not allow the option (no move ever takes it there) and for NO_SIGNAL. A signal
     * usually lifts every chance of a specialty alike, so the score often keeps the order by chance without a signal:
     * where one pass finds that it does, in every group (ties by index too), that order is reused instead of sorting
     * again.
     */
    static int[][][] bySignal(CandidateTable table, int[][] groupsByChance, Score score) {
        int[][][] sorted = new int[COUNT][table.groups()][];
        double[] key = new double[table.size];
        int[] groupOf = new int[table.size];
        for (int option = ORDINARY; option <= GOLD; option++) {
            for (int j = 0; j < table.size; j++) {
                boolean used = table.allows(j, option);
                key[j] = used ? score.of(j, option) : 0;
                groupOf[j] = used ? table.group(j) : NO_GROUP;
            }
            sorted[option] = keepsOrder(table, groupsByChance, option, key)
                    ? allowedGroups(table, groupsByChance, option)
                    : byGroup(bestFirst(groupOf, key), groupOf, table.groups());
        }
        sorted[NO_SIGNAL] = new int[table.groups()][0];
        return sorted;
    }

    /** Whether, in every group allowed the option, the members in the given order are also best first by key. */
    private static boolean keepsOrder(CandidateTable table, int[][] order, int option, double[] key) {
        for (int g = 0; g < order.length; g++) {
            int[] members = order[g];
            if (!table.bucketAllows(g / table.levels(), option)) {
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
    private static int[][] allowedGroups(CandidateTable table, int[][] order, int option) {
        int[][] allowed = new int[order.length][];
        for (int g = 0; g < order.length; g++) {
            allowed[g] = table.bucketAllows(g / table.levels(), option) ? order[g] : new int[0];
        }
        return allowed;
    }

    /**
     * The candidates j with a group (groupOf[j] not NO_GROUP) ordered by key[j], highest first, ties by index. Each
     * key is replaced by its place among the distinct keys, and a counting sort by place, taken in index order, keeps
     * ties in index order.
     */
    static int[] bestFirst(int[] groupOf, double[] key) {
        int counted = 0;
        double[] keys = new double[key.length];
        for (int j = 0; j < key.length; j++) {
            if (groupOf[j] != NO_GROUP) {
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
            if (groupOf[j] != NO_GROUP) {
                byRank[firstOfRank[places - 1 - distinct.place(i++)]++] = j;
            }
        }
        return byRank;
    }

    /** The candidates of an order split by group, each group keeping the order; candidates of NO_GROUP are left out. */
    static int[][] byGroup(int[] order, int[] groupOf, int groups) {
        int[] members = new int[groups];
        for (int j : order) {
            if (groupOf[j] != NO_GROUP) {
                members[groupOf[j]]++;
            }
        }
        int[][] split = new int[groups][];
        for (int g = 0; g < groups; g++) {
            split[g] = new int[members[g]];
            members[g] = 0;
        }
        for (int j : order) {
            if (groupOf[j] != NO_GROUP) {
                split[groupOf[j]][members[groupOf[j]]++] = j;
            }
        }
        return split;
    }
}
