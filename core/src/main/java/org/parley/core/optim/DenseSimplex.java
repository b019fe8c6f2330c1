package org.parley.core.optim;

import java.util.Arrays;

/**
 * Parley's own dense two-phase simplex method on a full tableau (Dantzig 1951; Dantzig's rule, switching to Bland's
 * rule, Bland 1977, doi:10.1287/moor.2.2.103, on a run of degenerate pivots so that it cannot cycle).
 * O(pivots x rows x columns); for the small programs of the deal space.
 */
final class DenseSimplex implements LinearSolver {

    static final DenseSimplex INSTANCE = new DenseSimplex();

    /** Pivots after which the entering column is chosen by Bland's rule. */
    static final int BLAND_AFTER = 5_000;

    /** Degenerate pivots in a row (no progress) after which Bland's rule takes over. */
    static final int DEGENERATE_RUN = 50;

    private static final double TOL = 1e-9;

    /** Ratios this close (relative) tie in the ratio test. */
    private static final double TIE = 1e-12;

    private DenseSimplex() {
    }

    @Override
    public LinearProgram.Result solve(LinearProgram p, int maxIterations) {
        LinearSolver.requireBudget(maxIterations);
        int n = p.variables();
        int m = p.constraints();
        int artificials = 0;
        for (int i = 0; i < m; i++) {
            if (p.bound(i) < 0) {
                artificials++;
            }
        }
        int cols = n + m + artificials;
        double[][] t = new double[m + 1][cols + 1];
        int[] basis = new int[m];
        int a = n + m;
        for (int i = 0; i < m; i++) {
            double[] r = p.coefficients(i);
            double b = p.bound(i);
            double sign = b < 0 ? -1 : 1;
            for (int j = 0; j < n; j++) {
                t[i][j] = sign * r[j];
            }
            t[i][n + i] = sign;
            t[i][cols] = sign * b;
            if (b < 0) {
                t[i][a] = 1;
                basis[i] = a++;
            } else {
                basis[i] = n + i;
            }
        }
        int[] pivots = {0};
        if (artificials > 0) {
            double[] z = t[m];
            for (int j = n + m; j < cols; j++) {
                z[j] = 1;
            }
            for (int i = 0; i < m; i++) {
                if (basis[i] >= n + m) {
                    for (int j = 0; j <= cols; j++) {
                        z[j] -= t[i][j];
                    }
                }
            }
            if (!iterate(t, basis, cols, cols, pivots, maxIterations, p)) {
                return new LinearProgram.Result(LinearProgram.Status.UNBOUNDED, null, Double.NaN, pivots[0]);
            }
            if (t[m][cols] < -1e-7) {
                return new LinearProgram.Result(LinearProgram.Status.INFEASIBLE, null, Double.NaN, pivots[0]);
            }
            for (int i = 0; i < m; i++) {
                if (basis[i] >= n + m) {
                    for (int j = 0; j < n + m; j++) {
                        if (Math.abs(t[i][j]) > TOL) {
                            pivot(t, basis, i, j);
                            break;
                        }
                    }
                }
            }
        }
        double[] c = p.objectiveCoefficients();
        double[] z = t[m];
        Arrays.fill(z, 0);
        for (int j = 0; j < n; j++) {
            z[j] = -c[j];
        }
        for (int i = 0; i < m; i++) {
            int j = basis[i];
            if (j < n && c[j] != 0) {
                for (int k = 0; k <= cols; k++) {
                    z[k] += c[j] * t[i][k];
                }
            }
        }
        if (!iterate(t, basis, n + m, cols, pivots, maxIterations, p)) {
            return new LinearProgram.Result(LinearProgram.Status.UNBOUNDED, null, Double.NaN, pivots[0]);
        }
        double[] x = new double[n];
        for (int i = 0; i < m; i++) {
            if (basis[i] < n) {
                x[basis[i]] = t[i][cols];
            }
        }
        double value = 0;
        for (int j = 0; j < n; j++) {
            value += c[j] * x[j];
        }
        return new LinearProgram.Result(LinearProgram.Status.OPTIMAL, x, value, pivots[0]);
    }

    /**
     * Pivots until optimal (true) or unbounded (false); columns at or above {@code enter} may not enter. Dantzig's
     * rule picks the entering column, and among rows tied in the ratio test the largest pivot element (the most
     * stable); after {@link #DEGENERATE_RUN} degenerate pivots in a row, or {@link #BLAND_AFTER} pivots in all,
     * Bland's rule (lowest index entering and leaving) takes over, which cannot cycle.
     */
    private static boolean iterate(double[][] t, int[] basis, int enter, int cols, int[] pivots, int budget,
                                   LinearProgram p) {
        int m = basis.length;
        int degenerate = 0;
        while (true) {
            boolean bland = pivots[0] > BLAND_AFTER || degenerate >= DEGENERATE_RUN;
            int j = -1;
            double most = -TOL;
            for (int k = 0; k < enter; k++) {
                if (t[m][k] < most) {
                    j = k;
                    if (bland) {
                        break;
                    }
                    most = t[m][k];
                }
            }
            if (j < 0) {
                return true;
            }
            int row = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                double a = t[i][j];
                if (a > TOL) {
                    double ratio = t[i][cols] / a;
                    double tie = TIE * Math.max(1, Math.abs(best));
                    if (row < 0 || ratio < best - tie) {
                        best = ratio;
                        row = i;
                    } else if (ratio <= best + tie && (bland ? basis[i] < basis[row] : a > t[row][j])) {
                        best = Math.min(best, ratio);
                        row = i;
                    }
                }
            }
            if (row < 0) {
                return false;
            }
            if (pivots[0] >= budget) {
                throw new IterationBudgetException("the simplex method on a program of " + p.variables()
                        + " variables and " + p.constraints() + " constraints", budget,
                        "objective row " + String.format(java.util.Locale.ROOT, "%.6g", t[m][cols]) + " after "
                        + pivots[0] + " pivots");
            }
            degenerate = best <= TOL ? degenerate + 1 : 0;
            pivot(t, basis, row, j);
            pivots[0]++;
        }
    }

    private static void pivot(double[][] t, int[] basis, int row, int col) {
        double[] r = t[row];
        double pv = r[col];
        for (int k = 0; k < r.length; k++) {
            r[k] /= pv;
        }
        for (int i = 0; i < t.length; i++) {
            if (i != row && t[i][col] != 0) {
                double f = t[i][col];
                double[] ti = t[i];
                for (int k = 0; k < r.length; k++) {
                    ti[k] -= f * r[k];
                }
            }
        }
        basis[row] = col;
    }
}
