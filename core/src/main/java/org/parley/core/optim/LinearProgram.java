package org.parley.core.optim;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear program {@code maximise c.x subject to A x <= b, x >= 0} ({@code b} of any sign), built row by row and
 * solved by the dense two-phase simplex method (Dantzig's rule, switching to Bland's rule after 5,000 pivots
 * so that it cannot cycle). Meant for the small programs of the
 * deal space (tens of variables and constraints); O(iterations x rows x columns).
 */
public final class LinearProgram {

    private static final double TOL = 1e-9;

    private final int n;
    private final double[] c;
    private final List<double[]> rows = new ArrayList<>();
    private final List<Double> rhs = new ArrayList<>();

    /** A program over {@code n} non-negative variables with objective coefficients {@code c}. */
    public LinearProgram(int n) {
        this.n = n;
        this.c = new double[n];
    }

    /** Sets the objective coefficient of variable {@code j}. */
    public LinearProgram objective(int j, double coefficient) {
        c[j] = coefficient;
        return this;
    }

    /** Adds the constraint {@code a.x <= b}. */
    public LinearProgram atMost(double[] a, double b) {
        if (a.length != n) {
            throw new IllegalArgumentException("constraint has " + a.length + " coefficients, expected " + n);
        }
        rows.add(a.clone());
        rhs.add(b);
        return this;
    }

    /** A zero row to fill in. */
    public double[] row() {
        return new double[n];
    }

    /** The outcome of solving: the status, the optimal point and value. */
    public record Result(Status status, double[] x, double value) {
        /** Whether an optimum was found. */
        public boolean optimal() {
            return status == Status.OPTIMAL;
        }
    }

    /** How solving ended. */
    public enum Status { OPTIMAL, INFEASIBLE, UNBOUNDED }

    /** Solves the program. */
    public Result solve() {
        int m = rows.size();
        int artificials = 0;
        for (double b : rhs) {
            if (b < 0) {
                artificials++;
            }
        }
        int cols = n + m + artificials;
        double[][] t = new double[m + 1][cols + 1];
        int[] basis = new int[m];
        int a = n + m;
        for (int i = 0; i < m; i++) {
            double[] r = rows.get(i);
            double b = rhs.get(i);
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
            if (!iterate(t, basis, cols, cols)) {
                return new Result(Status.UNBOUNDED, null, Double.NaN);
            }
            if (t[m][cols] < -1e-7) {
                return new Result(Status.INFEASIBLE, null, Double.NaN);
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
        double[] z = t[m];
        java.util.Arrays.fill(z, 0);
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
        if (!iterate(t, basis, n + m, cols)) {
            return new Result(Status.UNBOUNDED, null, Double.NaN);
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
        return new Result(Status.OPTIMAL, x, value);
    }

    /** Pivots until optimal (true) or unbounded (false); columns at or above {@code enter} may not enter. */
    private static boolean iterate(double[][] t, int[] basis, int enter, int cols) {
        int m = basis.length;
        for (int guard = 0; guard < 50_000; guard++) {
            boolean bland = guard > 5_000;
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
                if (t[i][j] > TOL) {
                    double ratio = t[i][cols] / t[i][j];
                    if (ratio < best - TOL || Math.abs(ratio - best) <= TOL && basis[i] < basis[row]) {
                        best = ratio;
                        row = i;
                    }
                }
            }
            if (row < 0) {
                return false;
            }
            pivot(t, basis, row, j);
        }
        throw new IllegalStateException("simplex did not converge");
    }

    private static void pivot(double[][] t, int[] basis, int row, int col) {
        double[] r = t[row];
        double p = r[col];
        for (int k = 0; k < r.length; k++) {
            r[k] /= p;
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
