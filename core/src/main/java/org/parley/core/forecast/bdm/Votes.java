package org.parley.core.forecast.bdm;

/**
 * Votes of third parties and the probability that a position beats another (Scholz et al. 2011, eqs. 28-31), in
 * the two readings Parley implements. These are the plain O(n) and O(n^3) forms; the round loop uses the
 * equivalent table in {@code ProbabilityTable}.
 */
public final class Votes {

    private Votes() {
    }

    /** Linear vote of k for a against b (paper): {@code v_k(a, b) = c_k s_k (|x_k - b| - |x_k - a|) / R}. */
    public static double linear(double w, double xk, double a, double b, double range) {
        return w * (Math.abs(xk - b) - Math.abs(xk - a)) / range;
    }

    /**
     * Risk-weighted vote with the voter's own exponent (reference, item 1):
     * {@code v_k(a, b) = c_k s_k [(|x_k - b| / R)^r_k - (|x_k - a| / R)^r_k]}.
     */
    public static double riskWeighted(double w, double xk, double a, double b, double range, double r) {
        return w * (BdmUtilities.riskPower(Math.abs(xk - b) / range, r)
                - BdmUtilities.riskPower(Math.abs(xk - a) / range, r));
    }

    /**
     * Paper (eqs. 30-31): {@code P(a beats b) = sum_{k: v_k > 0} v_k / sum_k |v_k|} with linear votes, so that
     * {@code P(a, b) + P(b, a) = 1}; 0.5 when no voter cares (every vote is 0).
     */
    public static double pairwise(double[] x, double[] w, double a, double b, double range) {
        double forA = 0;
        double all = 0;
        for (int k = 0; k < x.length; k++) {
            double v = linear(w[k], x[k], a, b, range);
            forA += Math.max(0, v);
            all += Math.abs(v);
        }
        return all > 0 ? forA / all : 0.5;
    }

    /**
     * Reference (item 2): {@code D = sum_k sum_m sum_l |v_k(x_m, x_l)|} over all voters k and all ordered pairs of
     * actors (m, l), equal positions included. O(n^3).
     */
    public static double globalDenominator(double[] x, double[] w, double[] r, double range) {
        double d = 0;
        for (int k = 0; k < x.length; k++) {
            for (double xm : x) {
                for (double xl : x) {
                    d += Math.abs(riskWeighted(w[k], x[k], xm, xl, range, r[k]));
                }
            }
        }
        return d;
    }

    /**
     * Reference (item 2): {@code P(a beats b) = sum_k max(0, v_k(a, b)) / D}; 0 when {@code a == b} or {@code D = 0}.
     * Not complementary: {@code P(a, b) + P(b, a) != 1}.
     */
    public static double global(double[] x, double[] w, double[] r, double a, double b, double range,
                                double denominator) {
        if (a == b || !(denominator > 0)) {
            return 0;
        }
        double forA = 0;
        for (int k = 0; k < x.length; k++) {
            forA += Math.max(0, riskWeighted(w[k], x[k], a, b, range, r[k]));
        }
        return forA / denominator;
    }
}
