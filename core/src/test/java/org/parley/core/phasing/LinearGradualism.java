package org.parley.core.phasing;

import org.parley.core.deals.SolverBudgets;
import org.parley.core.optim.LinearProgram;

/**
 * The closed-form linear case of the phasing spec (Section 4, derived from Lockwood and Thomas 2002, "Gradualism
 * and irreversibility", Review of Economic Studies 69): two symmetric parties raise irreversible concession levels
 * {@code x_0 = 0 <= x_1 <= ...} together; per stage each gets {@code b x_other - c x_own} with {@code b > c > 0};
 * a defector keeps {@code x_t-1} while the other moves, then everything freezes. Stage t holds iff
 * {@code c Delta_t <= (b - c) sum_{s>t} delta^(s-t) Delta_s + delta h}, with {@code h} a hostage flow lost from the
 * next stage on. With every constraint binding the fastest schedule is geometric,
 * {@code x_t = 1 - (c / (delta b))^t}, which needs {@code delta b > c}. The oracle the tests check the general
 * checker and designer against.
 */
final class LinearGradualism {

    private LinearGradualism() {
    }

    /** {@code lambda = c / (delta b)}; a positive schedule exists only when it is below 1. */
    static double lambda(double b, double c, double delta) {
        return c / (delta * b);
    }

    /** The geometric schedule {@code x_t = 1 - lambda^t}, t = 0..stages, every constraint binding. */
    static double[] geometric(double b, double c, double delta, int stages) {
        double lambda = lambda(b, c, delta);
        double[] x = new double[stages + 1];
        for (int t = 0; t <= stages; t++) {
            x[t] = 1 - Math.pow(lambda, t);
        }
        return x;
    }

    /**
     * The closed-form slack of stage t = 1..K in per-stage units,
     * {@code (b - c) sum_{s>t} delta^(s-t) Delta_s + delta h - c Delta_t}, for a schedule {@code x[0..K]}.
     */
    static double[] slack(double b, double c, double delta, double h, double[] x) {
        int stages = x.length - 1;
        double[] out = new double[stages];
        double future = 0;
        for (int t = stages; t >= 1; t--) {
            out[t - 1] = (b - c) * future + delta * h - c * (x[t] - x[t - 1]);
            future = delta * (future + (x[t] - x[t - 1]));
        }
        return out;
    }

    /**
     * The most progress a schedule of {@code stages} steps can make by linear programming: maximise {@code x_k}
     * ({@code k = 0}: the sum of all {@code x_t}) subject to {@code x <= 1} and the stage constraints of stages
     * 1..{@code constrained}. Returns {@code x[0..stages]}.
     */
    static double[] maxProgress(double b, double c, double delta, double h, int stages, int constrained,
                                       int k) {
        return solve(b, c, delta, h, stages, constrained, k, false);
    }

    /**
     * The fastest schedule of {@code stages} steps that reaches {@code x_K = 1} (Section 5 of the phasing spec):
     * the most cumulative progress subject to every stage constraint and {@code x_K = 1}, which is the
     * lexicographically fastest schedule whenever a pointwise-fastest one exists; null when 1 is out of reach.
     */
    static double[] fastest(double b, double c, double delta, double h, int stages) {
        double[] reach = solve(b, c, delta, h, stages, stages, stages, false);
        if (reach[stages] < 1 - 1e-9) {
            return null;
        }
        return solve(b, c, delta, h, stages, stages, 0, true);
    }

    private static double[] solve(double b, double c, double delta, double h, int stages, int constrained, int k,
                                  boolean complete) {
        LinearProgram lp = new LinearProgram(stages);
        double[] total = lp.row();
        java.util.Arrays.fill(total, 1);
        lp.atMost(total, 1);
        if (complete) {
            double[] neg = lp.row();
            java.util.Arrays.fill(neg, -1);
            lp.atMost(neg, -1);
        }
        for (int t = 1; t <= constrained; t++) {
            double[] r = lp.row();
            r[t - 1] = c;
            double w = 1;
            for (int s = t + 1; s <= stages; s++) {
                w *= delta;
                r[s - 1] = -(b - c) * w;
            }
            lp.atMost(r, delta * h);
        }
        for (int s = 1; s <= stages; s++) {
            lp.objective(s - 1, k == 0 ? stages - s + 1 : s <= k ? 1 : 0);
        }
        LinearProgram.Result res = lp.solve(SolverBudgets.defaults().simplexPivots());
        double[] x = new double[stages + 1];
        for (int t = 1; t <= stages; t++) {
            x[t] = x[t - 1] + res.x()[t - 1];
        }
        return x;
    }
}
