package org.parley.core.forecast;

import java.util.Arrays;

/**
 * Weighted mean and weighted median of positions on one issue. The mean {@code sum_k w_k x_k / sum_k w_k} is the
 * compromise of the DEU literature (Achen 2006) with {@code w_k = c_k s_k}; it is Parley's one implementation, used
 * by the compromise, BDM, exchange and SMP models and the deal space's utilitarian point. The median is the lower
 * weighted median: sort the distinct positions, take the first whose cumulative weight reaches half the total. With
 * linear utility and weights {@code w_k = c_k s_k} it is the Condorcet winner among the positions (Black 1948).
 */
public final class WeightedPositions {

    private WeightedPositions() {
    }

    /** {@code sum_k w_k x_k / sum_k w_k}; NaN when the total weight is not positive. */
    public static double mean(double[] x, double[] w) {
        return mean(x, w, x.length);
    }

    /**
     * The weighted mean of the first {@code n} positions, summed in index order (so the same inputs give the same
     * bits wherever it is called); NaN when their total weight is not positive. O(n), no allocation.
     */
    public static double mean(double[] x, double[] w, int n) {
        double num = 0;
        double den = 0;
        for (int k = 0; k < n; k++) {
            num += w[k] * x[k];
            den += w[k];
        }
        return den > 0 ? num / den : Double.NaN;
    }

    /** The lower weighted median; NaN when the total weight is 0. O(n log n). */
    public static double median(double[] x, double[] w) {
        int n = x.length;
        Integer[] order = new Integer[n];
        double total = 0;
        for (int k = 0; k < n; k++) {
            order[k] = k;
            total += w[k];
        }
        if (!(total > 0)) {
            return Double.NaN;
        }
        Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
        double half = 0.5 * total;
        double cumulative = 0;
        for (int k = 0; k < n; k++) {
            cumulative += w[order[k]];
            boolean lastOfTies = k == n - 1 || x[order[k + 1]] != x[order[k]];
            if (lastOfTies && cumulative >= half * (1 - 1e-12)) {
                return x[order[k]];
            }
        }
        return x[order[n - 1]];
    }
}
