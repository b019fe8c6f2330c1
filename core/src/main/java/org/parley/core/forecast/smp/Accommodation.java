package org.parley.core.forecast.smp;

import java.util.Arrays;

/**
 * KTAB's accommodation ("affinity", XML {@code IdealAdjustment}) matrix A: after each turn actor i's ideal moves
 * to {@code sum_j A(i,j) x_j + (1 - sum_j A(i,j)) ideal_i} (smp.md Section 7). Entries in [0, 1], row sums at
 * most 1. The identity (every ideal follows its own position) is KTAB's default and the only one CSV files give.
 */
public final class Accommodation {

    private static final double ROW_TOLERANCE = 1e-9;

    private final int n;
    private final double[] a;
    private final boolean identity;

    private Accommodation(int n, double[] a) {
        this.n = n;
        this.a = a;
        boolean id = true;
        for (int i = 0; i < n && id; i++) {
            for (int j = 0; j < n; j++) {
                if (a[i * n + j] != (i == j ? 1.0 : 0.0)) {
                    id = false;
                    break;
                }
            }
        }
        this.identity = id;
    }

    /** The n x n identity. */
    public static Accommodation identity(int n) {
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            a[i * n + i] = 1;
        }
        return new Accommodation(n, a);
    }

    /** The matrix {@code rows[i][j] = A(i,j)}; refuses entries outside [0,1] and row sums above 1. */
    public static Accommodation of(double[][] rows) {
        int n = rows.length;
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            if (rows[i].length != n) {
                throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " entries; expected " + n);
            }
            double sum = 0;
            for (int j = 0; j < n; j++) {
                double v = rows[i][j];
                if (!(v >= 0 && v <= 1)) {
                    throw new IllegalArgumentException("A(" + i + "," + j + ") = " + v + "; expected 0 to 1");
                }
                a[i * n + j] = v;
                sum += v;
            }
            if (sum > 1 + ROW_TOLERANCE) {
                throw new IllegalArgumentException("row " + i + " sums to " + sum + "; expected at most 1");
            }
        }
        return new Accommodation(n, a);
    }

    /** The number of actors. */
    public int size() {
        return n;
    }

    /** Whether A is the identity. */
    public boolean isIdentity() {
        return identity;
    }

    /** A(i,j). */
    public double get(int i, int j) {
        return a[i * n + j];
    }

    /** The new ideals (row-major, D per actor) from the new positions {@code x} and the old ideals. */
    double[] nextIdeals(double[] x, double[] ideal, int dims) {
        if (identity) {
            return x.clone();
        }
        double[] out = new double[ideal.length];
        for (int i = 0; i < n; i++) {
            double rowSum = 0;
            for (int j = 0; j < n; j++) {
                rowSum += a[i * n + j];
            }
            for (int k = 0; k < dims; k++) {
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s += a[i * n + j] * x[j * dims + k];
                }
                out[i * dims + k] = s + (1 - rowSum) * ideal[i * dims + k];
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Accommodation other && other.n == n && Arrays.equals(other.a, a);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(a);
    }
}
