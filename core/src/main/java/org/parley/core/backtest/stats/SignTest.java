package org.parley.core.backtest.stats;

/**
 * The two-sided exact sign test (binomial, p = 1/2) of w wins against l losses, ties dropped (Conover 1999, Section
 * 3.4): {@code P = min(1, 2 P(X <= min(w, l)))} with {@code X ~ Binomial(w + l, 1/2)}. Sums in log space, O(w + l).
 */
public final class SignTest {

    private SignTest() {
    }

    /** The two-sided p-value; 1 when there are no wins and no losses. */
    public static double pValue(int wins, int losses) {
        if (wins < 0 || losses < 0) {
            throw new IllegalArgumentException("wins " + wins + ", losses " + losses + "; expected counts >= 0");
        }
        int n = wins + losses;
        int k = Math.min(wins, losses);
        if (n == 0) {
            return 1.0;
        }
        double logHalfN = n * Math.log(0.5);
        double logC = 0; // log C(n, 0)
        double tail = 0;
        for (int j = 0; j <= k; j++) {
            if (j > 0) {
                logC += Math.log((double) (n - j + 1) / j);
            }
            tail += Math.exp(logC + logHalfN);
        }
        return Math.min(1.0, 2 * tail);
    }
}
