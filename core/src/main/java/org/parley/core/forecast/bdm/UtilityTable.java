package org.parley.core.forecast.bdm;

/**
 * {@code U_s}, {@code U_f} and {@code U_sq} for every perceiver i and distinct position p of a round, with the
 * perceiver's exponent {@code r_i} and the distance {@code |x_i - u_p| / R}. These are the only powers of a pass.
 */
final class UtilityTable {

    private final int n;
    final double[] success;
    final double[] failure;
    final double[] statusQuo;

    UtilityTable(int n) {
        this.n = n;
        this.success = new double[n * n];
        this.failure = new double[n * n];
        this.statusQuo = new double[n];
    }

    /** Fills the table for positions {@code x}, exponents {@code r} and range R. */
    void fill(double[] x, double[] r, PositionTable pos, double range) {
        int m = pos.size;
        double[] u = pos.distinct;
        for (int i = 0; i < n; i++) {
            double sq = BdmUtilities.statusQuo(r[i]);
            statusQuo[i] = sq;
            int row = i * n;
            for (int p = 0; p < m; p++) {
                if (p == pos.at[i]) {
                    success[row + p] = sq; // d = 0: U_s = U_f = U_sq
                    failure[row + p] = sq;
                } else {
                    double d = Math.abs(x[i] - u[p]) / range;
                    success[row + p] = BdmUtilities.success(d, r[i]);
                    failure[row + p] = BdmUtilities.failure(d, r[i]);
                }
            }
        }
    }

    /** The index of perceiver i and distinct position p. */
    int at(int i, int p) {
        return i * n + p;
    }
}
