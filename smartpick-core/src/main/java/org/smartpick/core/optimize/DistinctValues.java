package org.smartpick.core.optimize;

import java.util.Arrays;

/**
 * The distinct values among some doubles (ascending, or in first-seen order) and the place of each given value among
 * them. Found with an open-addressing hash on the values' bits (after one sort for the ascending order), so each
 * value's place costs a hash probe rather than a binary search. Values are distinct when {@link Double#compare} says so (0.0 and -0.0 differ).
 */
final class DistinctValues {
    private final double[] values;
    private final int[] place;

    private DistinctValues(double[] values, int[] place) {
        this.values = values;
        this.place = place;
    }

    /**
     * The distinct values among values[0..n), ascending, and the place of each of those n values: one sort of all n
     * (equal values end up side by side), then each value's place by a hash probe.
     */
    static DistinctValues of(double[] values, int n) {
        double[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || Double.compare(sorted[i], sorted[distinct - 1]) != 0) {
                sorted[distinct++] = sorted[i];
            }
        }
        double[] ascending = Arrays.copyOf(sorted, distinct);
        BitsIndex index = new BitsIndex(distinct);
        for (int u = 0; u < distinct; u++) {
            index.indexOrAdd(ascending[u], u);
        }
        int[] place = new int[n];
        for (int i = 0; i < n; i++) {
            place[i] = index.indexOrAdd(values[i], -1);
        }
        return new DistinctValues(ascending, place);
    }

    /**
     * The distinct values among values[0..n) in the order they first appear, and the place of each of those n
     * values: no sort, for callers that only need equal values grouped.
     */
    static DistinctValues inFirstSeenOrder(double[] values, int n) {
        BitsIndex index = new BitsIndex(n);
        double[] firstSeen = new double[n];
        int[] place = new int[n];
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            place[i] = index.indexOrAdd(values[i], distinct);
            if (place[i] == distinct) {
                firstSeen[distinct++] = values[i];
            }
        }
        return new DistinctValues(Arrays.copyOf(firstSeen, distinct), place);
    }

    /** The distinct values: ascending, or in first-seen order from {@link #inFirstSeenOrder}. */
    double[] values() {
        return values;
    }

    /** Where the i-th given value stands among the distinct values: values()[place(i)] equals it. */
    int place(int i) {
        return place[i];
    }

    /** Values by their bits in an open-addressing table with at least twice as many slots as values. */
    private static final class BitsIndex {
        private final long[] bits;
        /** The stored index plus one; 0 marks an empty slot, so a new table needs no filling. */
        private final int[] indexPlusOne;

        private final int mask;

        BitsIndex(int capacity) {
            int slots = Integer.highestOneBit(Math.max(2, 2 * capacity - 1)) << 1;
            bits = new long[slots];
            indexPlusOne = new int[slots];
            mask = slots - 1;
        }

        /** The index stored for the value, or {@code added} after storing it under that index. */
        int indexOrAdd(double value, int added) {
            long key = Double.doubleToLongBits(value);
            int slot = spread(key) & mask;
            while (indexPlusOne[slot] != 0) {
                if (bits[slot] == key) {
                    return indexPlusOne[slot] - 1;
                }
                slot = (slot + 1) & mask;
            }
            bits[slot] = key;
            indexPlusOne[slot] = added + 1;
            return added;
        }

        private static int spread(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }
}
