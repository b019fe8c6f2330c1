package org.parley.core.forecast.smp;

/**
 * KTAB's {@code BigRRange}: the range of risk attitudes {@code R} derived from how likely each actor's position is
 * to win (smp.md Section 3, "Risk attitude from probabilities"). The most likely position gets {@code R = +1}
 * (risk-averse), the least likely the bottom of the range.
 */
public enum BigRRange implements KtabOption {
    /** R in [0, 1]. */
    MIN("Min", "min"),
    /** R in [-0.5, 1] (KTAB's default). */
    MID("Mid", "mid"),
    /** R in [-1, 1]. */
    MAX("Max", "max");

    /** Below this spread of probabilities every actor is risk-neutral (KTAB would divide by zero). */
    public static final double MIN_SPREAD = 1e-12;

    private final Names names;

    BigRRange(String ktabName, String word) {
        this.names = new Names(ktabName, word);
    }

    @Override
    public Names names() {
        return names;
    }

    /**
     * Fills {@code r} with each actor's risk attitude from the probabilities {@code p}; returns false (and all
     * {@code R = 0}) when the probabilities are all equal.
     */
    public boolean riskAttitudes(double[] p, double[] r) {
        double pMin = p[0];
        double pMax = p[0];
        for (double pi : p) {
            pMin = Math.min(pMin, pi);
            pMax = Math.max(pMax, pi);
        }
        double spread = pMax - pMin;
        if (spread < MIN_SPREAD) {
            java.util.Arrays.fill(r, 0);
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            r[i] = switch (this) {
                case MIN -> (p[i] - pMin) / spread;
                case MID -> (3 * p[i] - (pMax + 2 * pMin)) / (2 * spread);
                case MAX -> (2 * p[i] - pMax - pMin) / spread;
            };
        }
        return true;
    }
}
