package org.smartpick.core.optimize;

/**
 * The k best of the (key, id) pairs offered, best first: a higher key first, equal keys by the lower id. Kept in
 * order by binary insertion, so cheap when few offers beat the k-th best.
 */
final class TopK {
    private final double[] keys;
    private final int[] ids;
    private int held;

    TopK(int k) {
        keys = new double[k];
        ids = new int[k];
    }

    void offer(double key, int id) {
        int k = keys.length;
        if (held < k) {
            held++;
        } else if (k == 0 || key < keys[k - 1] || !before(key, id, k - 1)) {
            return;
        }
        int low = 0;
        int high = held - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (before(key, id, middle)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        System.arraycopy(keys, low, keys, low + 1, held - 1 - low);
        System.arraycopy(ids, low, ids, low + 1, held - 1 - low);
        keys[low] = key;
        ids[low] = id;
    }

    /**
     * Marks in {@code mark} the {@code count} best of the ids (given in ascending order) by their keys, in the order
     * of this class: a higher key first, equal keys by the lower id. The same ids a TopK offered every pair would
     * hold, found by selection rather than by insertion (linear in the number of ids on average, where insertion
     * costs up to count per offer when the ids come in an order unrelated to their keys).
     */
    static void markBest(double[] keys, int[] ascendingIds, int count, boolean[] mark) {
        int n = keys.length;
        if (count >= n) {
            for (int id : ascendingIds) {
                mark[id] = true;
            }
            return;
        }
        if (count <= 0) {
            return;
        }
        double threshold = select(keys.clone(), n - count);
        int left = count;
        for (int i = 0; i < n; i++) {
            if (keys[i] > threshold) {
                mark[ascendingIds[i]] = true;
                left--;
            }
        }
        for (int i = 0; i < n && left > 0; i++) {
            if (keys[i] == threshold) {
                mark[ascendingIds[i]] = true;
                left--;
            }
        }
    }

    /**
     * The value that would be at {@code rank} if the values were sorted ascending, compared as numbers (-0.0 ties with
     * 0.0); reorders the values. Quickselect with a median-of-three pivot, partitioning around it from both ends.
     */
    private static double select(double[] values, int rank) {
        int low = 0;
        int high = values.length - 1;
        while (low < high) {
            double pivot = medianOfThree(values[low], values[(low + high) >>> 1], values[high]);
            int i = low;
            int j = high;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double swapped = values[i];
                    values[i++] = values[j];
                    values[j--] = swapped;
                }
            }
            // Now values[low..j] <= pivot <= values[i..high], and whatever lies between equals the pivot.
            if (rank <= j) {
                high = j;
            } else if (rank >= i) {
                low = i;
            } else {
                return values[rank];
            }
        }
        return values[rank];
    }

    private static double medianOfThree(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    int held() {
        return held;
    }

    int id(int rank) {
        return ids[rank];
    }

    /** prefix[i] = sum of the i best keys, i = 0..k (zeros where fewer than k were offered). */
    double[] prefix() {
        double[] prefix = new double[keys.length + 1];
        for (int i = 1; i <= keys.length; i++) {
            prefix[i] = prefix[i - 1] + keys[i - 1];
        }
        return prefix;
    }

    /** Keys are compared as numbers (callers offer chances and gains, never NaN; -0.0 ties with 0.0). */
    private boolean before(double key, int id, int rank) {
        return key > keys[rank] || (key == keys[rank] && id < ids[rank]);
    }
}
