package org.parley.core.forecast.bdm;

/** The expected utility of a challenge, {@code E_i(U_ij)} (Scholz et al. 2011, eqs. 5-7). */
public final class ExpectedUtility {

    private ExpectedUtility() {
    }

    /**
     * {@code E_i(U_ij) = s [P U_s + (1 - P) U_f] + (1 - s) U_s - noChallenge}: with probability {@code s} (the leading
     * salience, normally the responder's) the target resists and the challenge succeeds with probability {@code P};
     * otherwise the target gives in. {@code noChallenge} is {@link #noChallenge}.
     */
    public static double challenge(double s, double p, double uSuccess, double uFailure, double noChallenge) {
        double resist = s * (p * uSuccess + (1 - p) * uFailure);
        double giveIn = (1 - s) * uSuccess;
        return resist + giveIn - noChallenge;
    }

    /**
     * What i expects when it does not challenge (eq. 7): {@code Q U_sq + (1 - Q) [T U_b + (1 - T) U_w]}. With
     * {@code Q = 1} this is just {@code U_sq}.
     */
    public static double noChallenge(double q, double t, double uStatusQuo, double uBetter, double uWorse) {
        if (q == 1.0) {
            return uStatusQuo;
        }
        return q * uStatusQuo + (1 - q) * (t * uBetter + (1 - t) * uWorse);
    }

    /** The rule for T: 1 when {@code |x_i - mu| < |x_i - x_j|} (j's expected move helps i), else 0. */
    public static double tRule(double xi, double xj, double mu) {
        return Math.abs(xi - mu) < Math.abs(xi - xj) ? 1 : 0;
    }
}
