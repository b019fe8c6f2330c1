package org.parley.core.forecast.bdm;

/**
 * The basic utilities of the BDM model (Scholz et al. 2011, appendix), derived from the linear utility
 * {@code U = 1 - 2|x_i - x_j|/R} (Scholz eq. 14) and bent by a risk exponent {@code r} in [0.5, 2]. Distances are
 * on the unit range: {@code d = |x_i - x_j| / R}.
 */
public final class BdmUtilities {

    private BdmUtilities() {
    }

    /** {@code base^r} for {@code base >= 0}; exactly {@code base} when {@code r = 1}, and 0 for a base at or below 0. */
    public static double riskPower(double base, double r) {
        if (!(base > 0)) {
            return 0; // also absorbs a rounding residue like -1e-17, whose power would be NaN
        }
        return r == 1.0 ? base : Math.pow(base, r);
    }

    /** Success: {@code U_s = 2 - 4 (0.5 - 0.5 d)^r}. */
    public static double success(double d, double r) {
        return 2 - 4 * riskPower(0.5 - 0.5 * d, r);
    }

    /** Failure: {@code U_f = 2 - 4 (0.5 + 0.5 d)^r}. */
    public static double failure(double d, double r) {
        return 2 - 4 * riskPower(0.5 + 0.5 * d, r);
    }

    /**
     * Better, no challenge: {@code U_b = 2 - 4 (0.5 - 0.25 (dMu + d))^r}, where {@code dMu = |x_i - mu| / R} and
     * {@code d = |x_i - x_j| / R}.
     */
    public static double better(double dMu, double d, double r) {
        return 2 - 4 * riskPower(0.5 - 0.25 * (dMu + d), r);
    }

    /** Worse, no challenge: {@code U_w = 2 - 4 (0.5 + 0.25 (dMu + d))^r}. */
    public static double worse(double dMu, double d, double r) {
        return 2 - 4 * riskPower(0.5 + 0.25 * (dMu + d), r);
    }

    /** Status quo: {@code U_sq = 2 - 4 * 0.5^r}. */
    public static double statusQuo(double r) {
        return 2 - 4 * riskPower(0.5, r);
    }
}
