package org.parley.core.forecast.exchange;

import org.parley.core.forecast.WeightedPositions;

/**
 * The compromise of exchange.md Section 2 on one issue: {@code N_d = sum_i c_id s_id} and
 * {@code O_d = sum_i c_id s_id x_id / N_d} ({@link WeightedPositions#mean}), and the exchange ratio between an
 * actor's move and the outcome's shift.
 */
final class Compromise {

    private Compromise() {
    }

    /** {@code N_d}: the sum of the weights of the actors present on issue d. */
    static double denominator(ExchangeInput in, int d) {
        double n = 0;
        double[] w = in.weights(d);
        for (int i = 0; i < w.length; i++) {
            n += w[i];
        }
        return n;
    }

    /** {@code O_d} for the positions {@code x[i]} of every actor on issue d; 0 when {@code N_d = 0}. */
    static double outcome(ExchangeInput in, int d, double[] x) {
        double o = WeightedPositions.mean(x, in.weights(d));
        return Double.isNaN(o) ? 0 : o;
    }

    /** The outcome's shift when an actor of weight {@code c s} moves {@code |dx|}: {@code dO = |dx| c s / N}. */
    static double shift(double move, double c, double s, double n) {
        return Math.abs(move) * c * s / n;
    }

    /** The reverse move: the move of an actor of weight {@code c s} that shifts the outcome by {@code dO}. */
    static double reverseMove(double shift, double c, double s, double n) {
        return shift * n / (c * s);
    }
}
