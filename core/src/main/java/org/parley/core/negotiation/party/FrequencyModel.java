package org.parley.core.negotiation.party;

/**
 * A frequency opponent model (the HardHeaded model of van Krimpen, Looije and Hajizadeh 2013; Baarslag et al. 2013,
 * "Predicting the performance of opponent models in automated negotiation"): an additive estimate
 * {@code u_hat(o) = sum_k w_k e_k(o_k)} of one other party's utility from the bids it offered. A value's estimate is
 * {@code (count + 1) / (max count on the issue + 1)}; an issue's weight grows by {@code learning} each time the
 * party keeps its value from one offer to the next, and the weights are normalised to sum 1.
 */
final class FrequencyModel {

    private final int[][] counts;
    private final int[] maxCount;
    private final double[] weight;
    private final double learning;
    private int[] last;

    FrequencyModel(int[] radix, double learning) {
        counts = new int[radix.length][];
        for (int k = 0; k < radix.length; k++) {
            counts[k] = new int[radix[k]];
        }
        maxCount = new int[radix.length];
        weight = new double[radix.length];
        java.util.Arrays.fill(weight, 1.0 / radix.length);
        this.learning = learning;
    }

    /** Learns from one offered bid. */
    void update(int[] bid) {
        double sum = 0;
        for (int k = 0; k < bid.length; k++) {
            int c = ++counts[k][bid[k]];
            maxCount[k] = Math.max(maxCount[k], c);
            if (last != null && last[k] == bid[k]) {
                weight[k] += learning;
            }
            sum += weight[k];
        }
        for (int k = 0; k < bid.length; k++) {
            weight[k] /= sum;
        }
        last = bid.clone();
    }

    /** The estimated utility of a bid, in [0, 1]. */
    double utility(int[] bid) {
        double u = 0;
        for (int k = 0; k < bid.length; k++) {
            u += weight[k] * (counts[k][bid[k]] + 1.0) / (maxCount[k] + 1.0);
        }
        return u;
    }
}
