package org.parley.core.deals;

import org.parley.core.optim.LinearProgram;
import org.parley.core.scenario.Loss;
import org.parley.core.utility.SpatialUtility;

/**
 * The linear-programming form of linear-loss utilities over the box {@code [0,100]^D}: variables {@code q_d} (the
 * outcome on 0..100) and, per party and issue, {@code t_kd >= |q_d - x_kd|}, so that
 * {@code u_k >= 100 - sum_d w_kd t_kd} with equality at the optimum of any program that rewards utility.
 * Further variables (objective helpers) follow at index {@link #base()}.
 */
final class SpatialProgram {

    final SpatialUtility u;
    final int[] parties;
    final int dims;

    SpatialProgram(SpatialUtility u, int[] parties) {
        if (u.loss() != Loss.LINEAR) {
            throw new IllegalArgumentException("linear programs need linear loss");
        }
        this.u = u;
        this.parties = parties.clone();
        this.dims = u.issues();
    }

    int q(int d) {
        return d;
    }

    int t(int k, int d) {
        return dims + k * dims + d;
    }

    int base() {
        return dims + parties.length * dims;
    }

    /** A program with {@code extra} more variables and the box and absolute-value constraints in place. */
    LinearProgram program(int extra) {
        LinearProgram lp = new LinearProgram(base() + extra);
        for (int d = 0; d < dims; d++) {
            double[] r = lp.row();
            r[q(d)] = 1;
            lp.atMost(r, 100);
            for (int k = 0; k < parties.length; k++) {
                double x = u.ideal(parties[k], d);
                double[] up = lp.row();
                up[q(d)] = 1;
                up[t(k, d)] = -1;
                lp.atMost(up, x);
                double[] down = lp.row();
                down[q(d)] = -1;
                down[t(k, d)] = -1;
                lp.atMost(down, -x);
            }
        }
        return lp;
    }

    /** Adds {@code factor * loss_k} to row {@code r}, where {@code loss_k = sum_d w_kd t_kd = 100 - u_k}. */
    void addLoss(double[] r, int k, double factor) {
        for (int d = 0; d < dims; d++) {
            r[t(k, d)] += factor * u.weight(parties[k], d);
        }
    }

    /** The outcome (0..100 per issue) in a solution. */
    double[] point(double[] x) {
        double[] p = new double[dims];
        for (int d = 0; d < dims; d++) {
            p[d] = Math.max(0, Math.min(100, x[q(d)]));
        }
        return p;
    }

    /** The parties' true utilities at a point on 0..100. */
    double[] utilities(double[] p) {
        double[] out = new double[parties.length];
        for (int k = 0; k < parties.length; k++) {
            out[k] = u.utilityOfPercent(parties[k], p);
        }
        return out;
    }
}
