package org.parley.core.deals;

import org.parley.core.scenario.Loss;
import org.parley.core.utility.SpatialUtility;

/**
 * The repair of a package when only some of its terms may change (linear loss): the point nearest to the package,
 * in the repair's weighted Euclidean distance, that every veto party accepts with the other terms held. Holding a
 * term fixes its loss {@code L_k}, so veto party {@code k} accepts when {@code sum_{d in S} w_kd |q_d - x_kd| <= 100
 * - L_k - rv_k}: the same weighted L1 ball as the full repair ({@link NearestPoint}), in the free issues only. With
 * the free issues' weights rescaled to sum to one ({@code sigma_k}), that is a spatial utility over them with
 * reservation {@code 100 - (100 - L_k - rv_k) / sigma_k}; the max-min linear program decides whether the ball
 * intersection is empty and the projection finds the nearest point. A veto party with no weight on the free issues
 * accepts or not whatever they are.
 */
public final class RestrictedRepair {

    private RestrictedRepair() {
    }

    /**
     * The nearest point (0..100 per issue, every issue) to {@code from} that changes only the issues marked in
     * {@code free} and gives every veto party at least its reservation plus {@code margin} (less when the room is
     * smaller: half the best worst-off margin), or null when no such point exists. {@code rv} holds the veto parties'
     * reservations, {@code c} the distance weights per issue. Linear loss only (null otherwise).
     */
    public static double[] nearest(SpatialUtility u, int[] veto, double[] rv, double[] from, boolean[] free,
                                   double[] c, double margin, SolverBudgets budgets) {
        if (u.loss() != Loss.LINEAR) {
            return null;
        }
        int dims = from.length;
        int[] keep = indices(free);
        int[] parties = new int[veto.length];
        double[] reduced = new double[veto.length];
        int n = 0;
        for (int k = 0; k < veto.length; k++) {
            int i = veto[k];
            double fixedLoss = 0;
            double sigma = 0;
            for (int d = 0; d < dims; d++) {
                if (free[d]) {
                    sigma += u.weight(i, d);
                } else {
                    fixedLoss += u.issueLoss(i, d, from[d]);
                }
            }
            double room = 100 - fixedLoss - rv[k];
            if (sigma <= 0) {
                if (room < 0) {
                    return null;
                }
                continue;
            }
            parties[n] = k;
            reduced[n] = 100 - room / sigma;
            n++;
        }
        double[] q = from.clone();
        if (n == 0) {
            return q;
        }
        double[] min = new double[keep.length];
        double[] span = new double[keep.length];
        double[] position = new double[n * keep.length];
        double[] salience = new double[n * keep.length];
        int[][] order = new int[n][];
        for (int j = 0; j < keep.length; j++) {
            span[j] = 100;
        }
        for (int p = 0; p < n; p++) {
            int i = veto[parties[p]];
            order[p] = new int[keep.length];
            for (int j = 0; j < keep.length; j++) {
                position[p * keep.length + j] = u.ideal(i, keep[j]);
                salience[p * keep.length + j] = u.weight(i, keep[j]);
                order[p][j] = j;
            }
        }
        SpatialUtility sub = SpatialUtility.of(Loss.LINEAR, min, span, position, salience, order);
        int[] all = new int[n];
        for (int p = 0; p < n; p++) {
            all[p] = p;
        }
        double[] d = java.util.Arrays.copyOf(reduced, n);
        double best = ContinuousSolutions.maxMinValue(sub, all, d, budgets);
        if (best < 0) {
            return null;
        }
        double[] subFrom = new double[keep.length];
        double[] subC = new double[keep.length];
        for (int j = 0; j < keep.length; j++) {
            subFrom[j] = from[keep[j]];
            subC[j] = c == null ? 1 : c[keep[j]];
        }
        double[] x = NearestPoint.project(sub, all, d, Math.min(margin, best / 2), subFrom, subC,
                budgets.repairProjectionRounds());
        for (int j = 0; j < keep.length; j++) {
            q[keep[j]] = x[j];
        }
        return q;
    }

    private static int[] indices(boolean[] free) {
        int n = 0;
        for (boolean f : free) {
            n += f ? 1 : 0;
        }
        int[] out = new int[n];
        int j = 0;
        for (int d = 0; d < free.length; d++) {
            if (free[d]) {
                out[j++] = d;
            }
        }
        return out;
    }
}
