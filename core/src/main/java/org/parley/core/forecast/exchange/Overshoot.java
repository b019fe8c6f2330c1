package org.parley.core.forecast.exchange;

/**
 * Step 7 of exchange.md Section 3.2: a mover must not push the outcome of its supply issue past its partner's
 * position {@code z} there. When it would, its move shrinks so that the outcome lands exactly on {@code z}.
 */
final class Overshoot {

    private Overshoot() {
    }

    /** Whether {@code z} lies strictly between the outcomes before ({@code o0}) and after ({@code o1}) the move. */
    static boolean passes(double z, double o0, double o1) {
        return z > Math.min(o0, o1) && z < Math.max(o0, o1);
    }

    /**
     * The size of the move that lands the outcome on {@code z}. The required position is
     * {@code x* = (z N - rest) / w}, where {@code rest = sum_{k != A} c_k s_k x_k} and {@code w = c_A s_A}; the move
     * is {@code |x* - x|} from the mover's current position {@code x}, or {@code |x*|} with {@code decideCompat}, as
     * {@code decide-exchange-model} computes it (the two agree only when {@code x = 0}).
     */
    static double move(double z, double n, double rest, double w, double x, boolean decideCompat) {
        double required = (z * n - rest) / w;
        return decideCompat ? Math.abs(required) : Math.abs(required - x);
    }
}
