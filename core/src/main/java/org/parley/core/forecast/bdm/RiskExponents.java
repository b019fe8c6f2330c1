package org.parley.core.forecast.bdm;

/**
 * Risk exponents from security (Scholz et al. 2011, eqs. 32-34): the actor whose position draws the most valuable
 * challenges is the most risk-averse ({@code r = 0.5}), the safest the most risk-acceptant ({@code r = 2}).
 */
public final class RiskExponents {

    private RiskExponents() {
    }

    /**
     * Risk balance {@code Rb_i = (2 Sec_i - max Sec - min Sec) / (max Sec - min Sec)} in [-1, 1] (eq. 33), written
     * as {@code ((Sec_i - max) + (Sec_i - min)) / (max - min)} so that the extremes are exactly -1 and 1.
     */
    public static double riskBalance(double security, double max, double min) {
        return ((security - max) + (security - min)) / (max - min);
    }

    /**
     * {@code r = (1 - Rb/3) / (1 + Rb/3)} in [0.5, 2] (eq. 34), computed as the equal fraction
     * {@code (3 - Rb) / (3 + Rb)}, exact at {@code Rb = 1} (0.5) and {@code Rb = -1} (2).
     */
    public static double exponent(double riskBalance) {
        return (3 - riskBalance) / (3 + riskBalance);
    }

    /**
     * Writes every {@code r_i} for the securities {@code sec[0..n)} into {@code r}. When all securities are equal the
     * balance is undefined: every {@code r_i} is set to 1 and the method returns false.
     */
    public static boolean assign(double[] sec, int n, double[] r) {
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, sec[i]);
            min = Math.min(min, sec[i]);
        }
        if (!(max > min)) {
            for (int i = 0; i < n; i++) {
                r[i] = 1;
            }
            return false;
        }
        for (int i = 0; i < n; i++) {
            r[i] = exponent(riskBalance(sec[i], max, min));
        }
        return true;
    }
}
