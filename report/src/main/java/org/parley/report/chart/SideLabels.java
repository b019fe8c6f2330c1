package org.parley.report.chart;

/**
 * Stacks labels along the edge of a plot, each as near its wanted height as the others allow (end-of-line labels):
 * sorted by wanted height, pushed down past the one above, then back up from the bottom edge. Deterministic.
 */
public final class SideLabels {

    private SideLabels() {
    }

    /**
     * The top edge of each label (in the order given), each {@code heights[i]} high, wanted centred at
     * {@code wanted[i]}, at least {@code gap} apart, all between {@code top} and {@code bottom}; null when they
     * do not fit.
     */
    public static double[] stack(double[] wanted, double[] heights, double gap, double top, double bottom) {
        int n = wanted.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = 1; i < n; i++) {
            int o = order[i];
            int j = i - 1;
            while (j >= 0 && wanted[order[j]] > wanted[o]) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = o;
        }
        double[] y = new double[n];
        double next = top;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            y[i] = Math.max(wanted[i] - heights[i] / 2, next);
            next = y[i] + heights[i] + gap;
        }
        double limit = bottom;
        for (int k = n - 1; k >= 0; k--) {
            int i = order[k];
            y[i] = Math.min(y[i], limit - heights[i]);
            limit = y[i] - gap;
        }
        return n > 0 && y[order[0]] < top - 1e-9 ? null : y;
    }
}
