package org.parley.core.deals;

/**
 * Pareto dominance with tolerance: {@code a} dominates {@code b} iff {@code a_i >= b_i - eps} for all i and
 * {@code a_i > b_i + eps} for some i; vectors within {@code eps} in every coordinate are ties.
 */
public final class Dominance {

    private Dominance() {
    }

    /** Whether {@code a} dominates {@code b}. */
    public static boolean dominates(double[] a, double[] b, double eps) {
        boolean strict = false;
        for (int i = 0; i < a.length; i++) {
            if (a[i] < b[i] - eps) {
                return false;
            }
            if (a[i] > b[i] + eps) {
                strict = true;
            }
        }
        return strict;
    }

    /** Whether {@code a} and {@code b} are equal within {@code eps} in every coordinate. */
    public static boolean tie(double[] a, double[] b, double eps) {
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > eps) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code a} weakly dominates {@code b}: {@code a_i >= b_i - eps} for all i. */
    public static boolean weaklyDominates(double[] a, double[] b, double eps) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] < b[i] - eps) {
                return false;
            }
        }
        return true;
    }
}
