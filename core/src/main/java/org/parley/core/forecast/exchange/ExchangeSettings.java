package org.parley.core.forecast.exchange;

import java.util.Set;
import org.parley.core.forecast.ConvergenceDetector;
import org.parley.core.params.BadParameterException;
import org.parley.core.params.Params;

/**
 * The parameters of one exchange-model run: the number of rounds, whether the no-overshoot step uses the formula of
 * {@code decide-exchange-model} ({@code decide_compat}), and the two weights of the next round's start positions
 * (exchange.md Section 3.2, steps 7 and 10).
 */
record ExchangeSettings(int rounds, boolean decideCompat, double salienceWeight, double fixedWeight) {

    /** Every parameter key the model accepts. */
    static final Set<String> KEYS = ConvergenceDetector.withKeys(Set.of("rounds", "decide_compat", "salience_weight",
            "fixed_weight"));

    /** The largest number of rounds accepted. */
    static final int MAX_ROUNDS = 1_000;

    /** The settings given in {@code p}, with the defaults of the specification; rejects unknown keys and bad values. */
    static ExchangeSettings from(Params p) {
        p.requireKnown(ExchangeModel.NAME, KEYS);
        int rounds = p.integer("rounds", 1, 0, MAX_ROUNDS);
        boolean compat = p.flag("decide_compat", false);
        double sw = p.number("salience_weight", 0.4, 0, 1);
        double fw = p.number("fixed_weight", 0.1, 0, 1);
        if (sw + fw > 1) {
            throw new BadParameterException("salience_weight + fixed_weight = " + (sw + fw)
                    + "; expected at most 1, or the next round would start beyond the voting position");
        }
        return new ExchangeSettings(rounds, compat, sw, fw);
    }

    /** Defaults: one round, the corrected overshoot formula, weights 0.4 and 0.1. */
    static ExchangeSettings defaults() {
        return new ExchangeSettings(1, false, 0.4, 0.1);
    }

    /**
     * Step 10: the next round's start position of a mover with round-start position {@code x0}, voting position
     * {@code y} and salience {@code s} (0..1) on its supply issue: {@code x0 + ((1 - s) sw + fw) (y - x0)}.
     */
    double nextStart(double x0, double y, double s) {
        return x0 + ((1 - s) * salienceWeight + fixedWeight) * (y - x0);
    }
}
