package org.parley.core.deals;

import org.parley.core.utility.SpatialUtility;

/**
 * The point of {@code {q in [0,100]^D : u_k(q) >= rv_k + margin for every party k}} nearest to a given point in
 * weighted Euclidean distance, for linear-loss utilities. Each party's set is a weighted L1 ball around its ideal
 * point, {@code sum_d w_kd |q_d - x_kd| <= 100 - rv_k - margin}; Dykstra's alternating projections (Boyle and
 * Dykstra 1986, doi:10.1007/978-1-4613-9940-7_3) onto the balls and the box converge to the projection onto their
 * intersection. The caller checks first that the intersection is not empty.
 */
final class NearestPoint {

    private NearestPoint() {
    }

    static double[] project(SpatialUtility u, int[] parties, double[] rv, double margin, double[] from, double[] c,
                            int maxRounds) {
        int dims = from.length;
        int sets = parties.length + 1;
        double[] scale = new double[dims];
        double[] y = new double[dims];
        for (int d = 0; d < dims; d++) {
            scale[d] = Math.sqrt(Math.max(c[d], 1e-6));
            y[d] = from[d] * scale[d];
        }
        double[][] increment = new double[sets][dims];
        double[] z = new double[dims];
        double moved = Double.POSITIVE_INFINITY;
        for (int round = 0; ; round++) {
            if (round == maxRounds) {
                throw new org.parley.core.optim.IterationBudgetException("Dykstra's projections for the package "
                        + "repair", maxRounds, "last move " + String.format(java.util.Locale.ROOT, "%.3g", moved)
                        + " scale points, stopping below 1e-11");
            }
            moved = 0;
            for (int j = 0; j < sets; j++) {
                for (int d = 0; d < dims; d++) {
                    z[d] = y[d] + increment[j][d];
                }
                double[] p = j == 0 ? box(z, scale) : ball(z, u, parties[j - 1], 100 - rv[j - 1] - margin, scale);
                for (int d = 0; d < dims; d++) {
                    increment[j][d] = z[d] - p[d];
                    moved = Math.max(moved, Math.abs(p[d] - y[d]));
                    y[d] = p[d];
                }
            }
            if (moved < 1e-11 && round > 10) {
                break;
            }
        }
        double[] q = new double[dims];
        for (int d = 0; d < dims; d++) {
            q[d] = Math.max(0, Math.min(100, y[d] / scale[d]));
        }
        return q;
    }

    private static double[] box(double[] z, double[] scale) {
        double[] p = new double[z.length];
        for (int d = 0; d < z.length; d++) {
            p[d] = Math.max(0, Math.min(100 * scale[d], z[d]));
        }
        return p;
    }

    /** Projection onto {@code sum_d a_d |y_d - s_d x_d| <= r} with {@code a_d = w_d / s_d}. */
    private static double[] ball(double[] z, SpatialUtility u, int party, double r, double[] scale) {
        int dims = z.length;
        double[] a = new double[dims];
        double[] v = new double[dims];
        double total = 0;
        double hi = 0;
        for (int d = 0; d < dims; d++) {
            a[d] = u.weight(party, d) / scale[d];
            v[d] = z[d] - u.ideal(party, d) * scale[d];
            total += a[d] * Math.abs(v[d]);
            if (a[d] > 0) {
                hi = Math.max(hi, Math.abs(v[d]) / a[d]);
            }
        }
        if (total <= r) {
            return z.clone();
        }
        double lo = 0;
        for (int it = 0; it < 200; it++) {
            double mid = (lo + hi) / 2;
            double sum = 0;
            for (int d = 0; d < dims; d++) {
                sum += a[d] * Math.max(Math.abs(v[d]) - mid * a[d], 0);
            }
            if (sum > r) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double[] p = new double[dims];
        for (int d = 0; d < dims; d++) {
            double shrunk = Math.max(Math.abs(v[d]) - hi * a[d], 0);
            p[d] = u.ideal(party, d) * scale[d] + Math.signum(v[d]) * shrunk;
        }
        return p;
    }
}
