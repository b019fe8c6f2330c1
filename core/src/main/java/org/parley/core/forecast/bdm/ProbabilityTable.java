package org.parley.core.forecast.bdm;

/**
 * {@code P(u_a beats u_b)} for every ordered pair of distinct positions of a round, in either reading of
 * {@link Votes}. Works on distinct positions, so a round costs O(n m^2) for m distinct positions instead of the
 * O(n^3) of the plain formulas, with the same values.
 */
final class ProbabilityTable {

    private final int n;
    private final double[] distance;
    private final double[] probability;
    private double denominator;

    ProbabilityTable(int n) {
        this.n = n;
        this.distance = new double[n * n];
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

    /** Reference reading: risk-weighted votes with each voter's {@code r_k}, divided by the global D. */
    void fillGlobal(double[] x, double[] w, double[] r, PositionTable pos, double range) {
        int m = pos.size;
        double[] u = pos.distinct;
        for (int k = 0; k < n; k++) {
            int row = k * n;
            for (int p = 0; p < m; p++) {
                // (|x_k - u_p| / R)^{r_k}, the voter's risk-weighted distance to position p
                distance[row + p] = p == pos.at[k] ? 0 : BdmUtilities.riskPower(Math.abs(x[k] - u[p]) / range, r[k]);
            }
        }
        // D = sum_k sum_m sum_l |v_k(x_m, x_l)|, with the actors grouped by distinct position
        double d = 0;
        for (int k = 0; k < n; k++) {
            int row = k * n;
            double pairs = 0;
            for (int p = 0; p < m; p++) {
                for (int q = p + 1; q < m; q++) {
                    pairs += pos.count[p] * pos.count[q] * Math.abs(distance[row + q] - distance[row + p]);
                }
            }
            d += w[k] * 2 * pairs;
        }
        denominator = d;
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                double forA = 0;
                if (a != b && d > 0) {
                    for (int k = 0; k < n; k++) {
                        // v_k(a, b) = c_k s_k [(|x_k - b| / R)^r_k - (|x_k - a| / R)^r_k]
                        forA += Math.max(0, w[k] * (distance[k * n + b] - distance[k * n + a]));
                    }
                    forA /= d;
                }
                probability[a * n + b] = forA;
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
