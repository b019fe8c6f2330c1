package org.parley.core.forecast.smp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parley.core.params.BadParameterException;
import org.parley.core.scenario.ScenarioValidator;

/**
 * KTAB's accommodation ("affinity", XML {@code IdealAdjustment}) matrix A: after each turn actor i's ideal moves
 * to {@code sum_j A(i,j) x_j + (1 - sum_j A(i,j)) ideal_i} (smp.md Section 7). Entries in [0, 1], row sums at
 * most 1. The identity (every ideal follows its own position) is KTAB's default and the only one CSV files give.
 *
 * <p>As the SMP parameter {@code idealAdjust} it is written {@code identity}, or as the entries that differ from
 * the identity, {@code ADJUSTING>REFERENCE:WEIGHT} separated by commas (e.g. {@code Bob>Bob:0.75,Bob>Alice:0.07}),
 * as KTAB XML's {@code iaPair}s give them: an actor's own entry is 1 and the others 0 unless listed.
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

    /** The matrix written as {@code text} ({@code identity} or the entries, see above) for the actors {@code ids}. */
    public static Accommodation parse(String text, List<String> ids) {
        int n = ids.size();
        double[][] rows = new double[n][n];
        for (int i = 0; i < n; i++) {
            rows[i][i] = 1;
        }
        String t = text.trim();
        if (t.equalsIgnoreCase("identity")) {
            return of(rows);
        }
        for (String entry : t.split(",")) {
            int gt = entry.indexOf('>');
            int colon = entry.lastIndexOf(':');
            if (gt <= 0 || colon <= gt + 1 || colon == entry.length() - 1) {
                throw new BadParameterException("idealAdjust=" + text + ": '" + entry.trim() + "' is not an entry; "
                        + "expected identity, or ADJUSTING>REFERENCE:WEIGHT entries separated by commas");
            }
            int i = actor(text, entry.substring(0, gt).trim(), ids);
            int j = actor(text, entry.substring(gt + 1, colon).trim(), ids);
            double v;
            try {
                v = Double.parseDouble(entry.substring(colon + 1).trim());
            } catch (NumberFormatException e) {
                v = Double.NaN;
            }
            if (!(v >= 0 && v <= 1)) {
                throw new BadParameterException("idealAdjust=" + text + ": weight '" + entry.substring(colon + 1).trim()
                        + "' of " + ids.get(i) + ">" + ids.get(j) + "; expected a number from 0 to 1");
            }
            rows[i][j] = v;
        }
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (double v : rows[i]) {
                sum += v;
            }
            if (sum > 1 + ROW_TOLERANCE) {
                throw new BadParameterException("idealAdjust=" + text + ": the weights of '" + ids.get(i)
                        + "' sum to " + ScenarioValidator.num(sum, 9) + "; expected at most 1 (its own entry is 1 "
                        + "unless listed)");
            }
        }
        return of(rows);
    }

    private static int actor(String text, String id, List<String> ids) {
        int i = ids.indexOf(id);
        if (i < 0) {
            throw new BadParameterException("idealAdjust=" + text + ": '" + id + "' is not an actor; expected one of "
                    + ids);
        }
        return i;
    }

    /** The matrix as {@link #parse} reads it, for the actors {@code ids}: {@code identity}, or the entries. */
    public String text(List<String> ids) {
        if (identity) {
            return "identity";
        }
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = a[i * n + j];
                if (v != (i == j ? 1.0 : 0.0)) {
                    entries.add(ids.get(i) + ">" + ids.get(j) + ":" + ScenarioValidator.num(v));
                }
            }
        }
        return String.join(",", entries);
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
