package org.parley.core.forecast.bdm;

import java.util.Arrays;

/**
 * {@code P(u_a beats u_b)} for every ordered pair of distinct positions of a round, in either reading of
 * {@link Votes}. Works on distinct positions, so a round costs O(n m^2) for m distinct positions instead of the
 * O(n^3) of the plain formulas, with the same values.
 */
final class ProbabilityTable {

    private final int n;
    /** One voter's risk-weighted distance to each distinct position. */
    private final double[] distance;
    private final double[] probability;
    private double denominator;

    ProbabilityTable(int n) {
        this.n = n;
        this.distance = new double[n];
        this.probability = new double[n * n];
    }

    /** {@code P(u_a beats u_b)} for distinct-position indices a and b. */
    double get(int a, int b) {
        return probability[a * n + b];
    }

    /** The global denominator D of the last {@link #fillGlobal} (reference, item 2). */
    double denominator() {
        return denominator;
    }

    /**
     * Reference reading: risk-weighted votes with each voter's {@code r_k}, divided by the global D. One pass over the
     * voters k: each pair of distinct positions a < b gives k's vote for a over b and its negative, the vote for b over
     * a, and D's term for that pair; every sum runs over k in input order, as the plain formulas of {@link Votes} do.
     */
    void fillGlobal(double[] x, double[] w, double[] r, PositionTable pos, double range) {
        int m = pos.size;
        double[] u = pos.distinct;
        Arrays.fill(probability, 0, m * n, 0.0);
        double d = 0;
        for (int k = 0; k < n; k++) {
            for (int p = 0; p < m; p++) {
                // (|x_k - u_p| / R)^{r_k}, the voter's risk-weighted distance to position p (0 at its own)
                distance[p] = BdmUtilities.riskPower(Math.abs(x[k] - u[p]) / range, r[k]);
            }
            double wk = w[k];
            // D = sum_k sum_m sum_l |v_k(x_m, x_l)|, with the actors grouped by distinct position
            double pairs = 0;
            for (int a = 0; a < m; a++) {
                double da = distance[a];
                for (int b = a + 1; b < m; b++) {
                    double diff = distance[b] - da;
                    pairs += pos.count[a] * pos.count[b] * Math.abs(diff);
                    // v_k(a, b) = c_k s_k [(|x_k - b| / R)^r_k - (|x_k - a| / R)^r_k], and v_k(b, a) = -v_k(a, b)
                    double v = wk * diff;
                    probability[a * n + b] += Math.max(0, v);
                    probability[b * n + a] += Math.max(0, -v);
                }
            }
            d += wk * 2 * pairs;
        }
        denominator = d;
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                int cell = a * n + b;
                probability[cell] = a != b && d > 0 ? probability[cell] / d : 0;
            }
        }
    }

    /** Paper reading: linear votes, normalised per dyad so that {@code P(a, b) + P(b, a) = 1} (eqs. 30-31). */
    void fillPairwise(double[] x, double[] w, PositionTable pos, double range) {
        int m = pos.size;
        double[] u = pos.distinct;
        for (int a = 0; a < m; a++) {
            probability[a * n + a] = 0.5;
            for (int b = a + 1; b < m; b++) {
                double forA = 0;
                double all = 0;
                for (int k = 0; k < n; k++) {
                    double v = Votes.linear(w[k], x[k], u[a], u[b], range);
                    forA += Math.max(0, v);
                    all += Math.abs(v);
                }
                double p = all > 0 ? forA / all : 0.5;
                probability[a * n + b] = p;
                probability[b * n + a] = 1 - p;
            }
        }
    }
}
