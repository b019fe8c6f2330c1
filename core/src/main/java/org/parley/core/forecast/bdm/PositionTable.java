package org.parley.core.forecast.bdm;

import java.util.Arrays;
import org.parley.core.forecast.WeightedPositions;

/**
 * The distinct positions of one round in ascending order, each actor's index among them, and the weighted median
 * and mean. Reused from round to round: O(n log n) per {@link #index}, no allocation.
 */
final class PositionTable {

    /** Relative slack when comparing a cumulative weight with half the total, as in the compromise model. */
    private static final double HALF_SLACK = 1e-12;

    final double[] distinct;
    final int[] at;
    final double[] count;
    private final double[] weightAt;
    int size;

    PositionTable(int n) {
        distinct = new double[n];
        at = new int[n];
        count = new double[n];
        weightAt = new double[n];
    }

    /** Indexes {@code x[0..n)}. */
    void index(double[] x, int n) {
        System.arraycopy(x, 0, distinct, 0, n);
        Arrays.sort(distinct, 0, n);
        int m = 0;
        for (int k = 0; k < n; k++) {
            if (m == 0 || distinct[k] != distinct[m - 1]) {
                distinct[m++] = distinct[k];
            }
        }
        size = m;
        Arrays.fill(count, 0, m, 0);
        for (int i = 0; i < n; i++) {
            at[i] = Arrays.binarySearch(distinct, 0, m, x[i]);
            count[at[i]] += 1;
        }
    }

    /** {@code x_max - x_min} of the indexed positions. */
    double range() {
        return distinct[size - 1] - distinct[0];
    }

    /**
     * The lower {@code w}-weighted median of the indexed positions (Section 4): the first distinct position whose
     * cumulative weight reaches half the total. With linear utility it is the Condorcet winner (Black 1948).
     */
    double median(double[] w, int n) {
        Arrays.fill(weightAt, 0, size, 0);
        double total = 0;
        for (int i = 0; i < n; i++) {
            weightAt[at[i]] += w[i];
            total += w[i];
        }
        double half = 0.5 * total * (1 - HALF_SLACK);
        double cumulative = 0;
        for (int p = 0; p < size; p++) {
            cumulative += weightAt[p];
            if (cumulative >= half) {
                return distinct[p];
            }
        }
        return distinct[size - 1];
    }

    /**
     * The weighted mean {@code sum_k w_k x_k / sum_k w_k} of the indexed positions (the compromise benchmark,
     * {@link WeightedPositions#mean(double[], double[], int)}), kept within {@code [x_min, x_max]} against a
     * last-digit rounding overshoot.
     */
    double mean(double[] x, double[] w, int n) {
        return Math.max(distinct[0], Math.min(distinct[size - 1], WeightedPositions.mean(x, w, n)));
    }
}
