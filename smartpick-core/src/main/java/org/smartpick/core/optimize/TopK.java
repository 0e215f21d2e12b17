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
