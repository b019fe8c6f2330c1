package org.parley.core.negotiation.party;

import java.util.Arrays;

/** The utilities (to the party keeping it) of the offers it received, with their times, on primitive arrays. */
final class OfferHistory {

    private double[] time = new double[64];
    private double[] utility = new double[64];
    private int size;

    void add(double t, double u) {
        if (size == time.length) {
            time = Arrays.copyOf(time, size * 2);
            utility = Arrays.copyOf(utility, size * 2);
        }
        time[size] = t;
        utility[size++] = u;
    }

    int size() {
        return size;
    }

    /** The utility of the {@code back}-th latest offer (0 = the latest). */
    double latest(int back) {
        return utility[size - 1 - back];
    }

    /** The best utility received at or after time {@code from}; negative infinity when none. */
    double bestSince(double from) {
        double best = Double.NEGATIVE_INFINITY;
        for (int i = size - 1; i >= 0 && time[i] >= from; i--) {
            best = Math.max(best, utility[i]);
        }
        return best;
    }
}
