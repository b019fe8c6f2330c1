package org.parley.core.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An actor's value of no deal as a model rather than a number (see {@code docs/models/uncertainty.md}): the
 * per-period utility of continued conflict {@code conflictValue} (0..100; when absent, calibrated so that the model
 * gives the actor's reservation value at the central values), the utility {@code losses} it suffers in every period
 * after each catastrophe has struck (by catastrophe id), a {@code horizon} in periods and a per-period
 * {@code discount} factor in (0, 1].
 */
public record NoDeal(Double conflictValue, double horizon, double discount, Map<String, Double> losses, String note,
                     Basis basis) {

    public NoDeal {
        losses = losses == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(losses));
    }

    /** Whether the conflict value is given (otherwise it is calibrated to the reservation value). */
    public boolean hasConflictValue() {
        return conflictValue != null;
    }

    /**
     * The discount-weighted share of the horizon spent after a catastrophe of per-period probability {@code h} has
     * struck: {@code P = 1 - (1 - h) G(delta (1 - h), T) / G(delta, T)}, where {@code G(x, T) = sum_{t<T} x^t =
     * (1 - x^T) / (1 - x)}. The catastrophe strikes in period t with probability {@code (1 - h)^t h} and its loss
     * counts from that period on. 0 when h = 0, 1 when h = 1; non-integer horizons interpolate the closed form.
     */
    public static double exposure(double h, double delta, double horizon) {
        return 1 - (1 - h) * geometric(delta * (1 - h), horizon) / geometric(delta, horizon);
    }

    /**
     * The reservation value in closed form: the normalised discounted utility of continued conflict,
     * {@code R = v - sum_k L_k P(h_k, delta, T)}, with {@link #exposure} P (losses and hazards in the same order).
     */
    public static double value(double conflictValue, double[] loss, double[] hazard, double delta, double horizon) {
        double r = conflictValue;
        for (int k = 0; k < loss.length; k++) {
            r -= loss[k] * exposure(hazard[k], delta, horizon);
        }
        return r;
    }

    /** {@code G(x, T) = sum_{t=0}^{T-1} x^t}: T when x = 1, else {@code (1 - x^T) / (1 - x)}. */
    static double geometric(double x, double horizon) {
        if (x == 1) {
            return horizon;
        }
        return -Math.expm1(horizon * Math.log(x)) / (1 - x);
    }
}
