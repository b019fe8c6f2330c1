package org.parley.core.deals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.core.forecast.WeightedPositions;
import org.parley.core.scenario.Loss;
import org.parley.core.scenario.Scenario;
import org.parley.core.utility.SpatialUtility;

/**
 * Continuous solutions of a quadratic-loss scenario, where the utilities are smooth concave quadratics: Nash
 * maximises the concave {@code phi(q) = sum_k ln(u_k(q) - d_k)} by projected gradient ascent with Armijo steps from
 * the best grid point, and reports the Frank-Wolfe gap {@code max_{y in box} grad phi(q) . (y - q)}, an upper bound
 * on how far the value is from the optimum (by concavity); utilitarian is the salience-weighted mean of the ideal
 * points on each issue, reported when it gives every party at least {@code d}. Egalitarian and Kalai-Smorodinsky are
 * not linear programs under quadratic loss and are left to the grid.
 */
final class QuadraticSolutions {

    private QuadraticSolutions() {
    }

    static Map<String, ContinuousPoint> solve(Scenario s, int[] parties, double[] d, double[] startPercent,
                                              int maxSteps) {
        SpatialUtility u = SpatialUtility.of(s);
        if (u.loss() != Loss.QUADRATIC) {
            throw new IllegalArgumentException("quadratic loss expected");
        }
        Map<String, ContinuousPoint> out = new LinkedHashMap<>();
        if (startPercent != null) {
            out.put("nash", nash(s, u, parties, d, startPercent, maxSteps));
        }
        int dims = u.issues();
        double[] q = new double[dims];
        double[] ideal = new double[parties.length];
        double[] weight = new double[parties.length];
        for (int dd = 0; dd < dims; dd++) {
            for (int k = 0; k < parties.length; k++) {
                ideal[k] = u.ideal(parties[k], dd);
                weight[k] = u.weight(parties[k], dd);
            }
            double mean = WeightedPositions.mean(ideal, weight);
            q[dd] = Double.isNaN(mean) ? 50 : mean;
        }
        double[] ut = utilities(u, parties, q);
        boolean rational = true;
        double sum = 0;
        for (int k = 0; k < parties.length; k++) {
            rational &= ut[k] >= d[k];
            sum += ut[k];
        }
        if (rational) {
            out.put("utilitarian", new ContinuousPoint("utilitarian", outcome(s, q), ut, sum, 0));
        }
        return out;
    }

    private static ContinuousPoint nash(Scenario s, SpatialUtility u, int[] parties, double[] d, double[] start,
                                        int maxSteps) {
        double[] q = start.clone();
        double value = phi(u, parties, d, q);
        double step = 1;
        double[] grad = new double[q.length];
        for (int it = 0; ; it++) {
            if (it == maxSteps) {
                throw new org.parley.core.optim.IterationBudgetException("projected gradient ascent for the Nash "
                        + "point (quadratic loss)", maxSteps, "objective " + String.format(java.util.Locale.ROOT,
                        "%.10g", value) + ", step " + String.format(java.util.Locale.ROOT, "%.3g", step));
            }
            gradient(u, parties, d, q, grad);
            double[] next = new double[q.length];
            double moved;
            while (true) {
                double dot = 0;
                moved = 0;
                for (int dd = 0; dd < q.length; dd++) {
                    next[dd] = Math.max(0, Math.min(100, q[dd] + step * grad[dd]));
                    dot += grad[dd] * (next[dd] - q[dd]);
                    moved = Math.max(moved, Math.abs(next[dd] - q[dd]));
                }
                double v = phi(u, parties, d, next);
                if (v >= value + 1e-4 * dot || moved < 1e-13) {
                    if (v >= value) {
                        value = v;
                        System.arraycopy(next, 0, q, 0, q.length);
                    }
                    break;
                }
                step /= 2;
            }
            if (moved < 1e-12) {
                break;
            }
            step *= 2;
        }
        gradient(u, parties, d, q, grad);
        double gap = 0;
        for (int dd = 0; dd < q.length; dd++) {
            gap += Math.max(grad[dd] * (100 - q[dd]), grad[dd] * (0 - q[dd]));
        }
        return new ContinuousPoint("nash", outcome(s, q), utilities(u, parties, q), value, Math.max(0, gap));
    }

    private static double phi(SpatialUtility u, int[] parties, double[] d, double[] q) {
        double s = 0;
        for (int k = 0; k < parties.length; k++) {
            double g = u.utilityOfPercent(parties[k], q) - d[k];
            if (g <= 0) {
                return Double.NEGATIVE_INFINITY;
            }
            s += Math.log(g);
        }
        return s;
    }

    private static void gradient(SpatialUtility u, int[] parties, double[] d, double[] q, double[] grad) {
        java.util.Arrays.fill(grad, 0);
        for (int k = 0; k < parties.length; k++) {
            double g = u.utilityOfPercent(parties[k], q) - d[k];
            for (int dd = 0; dd < q.length; dd++) {
                grad[dd] += -2 * u.weight(parties[k], dd) * (q[dd] - u.ideal(parties[k], dd)) / 100 / g;
            }
        }
    }

    private static double[] utilities(SpatialUtility u, int[] parties, double[] q) {
        double[] out = new double[parties.length];
        for (int k = 0; k < parties.length; k++) {
            out[k] = u.utilityOfPercent(parties[k], q);
        }
        return out;
    }

    private static double[] outcome(Scenario s, double[] percent) {
        double[] o = new double[percent.length];
        for (int dd = 0; dd < o.length; dd++) {
            o[dd] = s.issues().get(dd).scale().fromPercent(percent[dd]);
        }
        return o;
    }
}
