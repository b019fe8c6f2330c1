package org.parley.core.deals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.core.optim.LinearProgram;
import org.parley.core.optim.LinearSolver;
import org.parley.core.scenario.Scenario;
import org.parley.core.utility.SpatialUtility;

/**
 * Bargaining solutions of a linear-loss scenario over the continuous box {@code [0,100]^D}, exactly: egalitarian,
 * Kalai-Smorodinsky (after one program per party for the ideal point) and utilitarian are linear programs; weighted
 * Nash maximises the concave {@code sum_k a_k ln(u_k - d_k)} by Kelley's cutting planes (tangents of the
 * logarithm) in a trust region, stopping when the plane model and the true objective agree within 1e-10.
 * Feasible set: {@code u >= d}. Quadratic loss is not a linear program; callers fall back to the grid.
 */
public final class ContinuousSolutions {

    private static final double SHIFT = 1000;

    private final Scenario scenario;
    private final SpatialProgram sp;
    private final double[] d;
    private final SolverBudgets budgets;
    private final LinearSolver solver;

    private ContinuousSolutions(Scenario s, int[] parties, double[] d, SolverBudgets budgets, LinearSolver solver) {
        this(s, SpatialUtility.of(s), parties, d, budgets, solver);
    }

    private ContinuousSolutions(Scenario s, SpatialUtility u, int[] parties, double[] d, SolverBudgets budgets,
                                LinearSolver solver) {
        this.scenario = s;
        this.sp = new SpatialProgram(u, parties);
        this.d = d.clone();
        this.budgets = budgets;
        this.solver = solver;
    }

    /**
     * Every solution that exists, by name; empty when no outcome gives every party at least {@code d}. Each linear
     * program gets {@code budgets.simplexPivots()} pivots, the Nash point {@code budgets.nashCuttingPlaneRounds()}
     * rounds; {@code solver} solves them ({@link LinearSolver#standard()} unless comparing solvers).
     */
    public static Map<String, ContinuousPoint> solve(Scenario s, int[] parties, double[] d, SolverBudgets budgets,
                                                     LinearSolver solver) {
        ContinuousSolutions c = new ContinuousSolutions(s, parties, d, budgets, solver);
        Map<String, ContinuousPoint> out = new LinkedHashMap<>();
        ContinuousPoint egal = c.egalitarian();
        if (egal.objective() < -1e-9) {
            return out;
        }
        double[] ideal = c.ideal();
        if (egal.objective() > 1e-9) {
            out.put("nash", c.nash(egal));
        }
        out.put("kalai_smorodinsky", c.kalaiSmorodinsky(ideal));
        out.put("egalitarian", egal);
        out.put("utilitarian", c.utilitarian());
        return out;
    }

    /** The egalitarian point: {@code max_q min_k (u_k(q) - d_k)}; a negative value proves the zone empty. */
    public static ContinuousPoint maxMin(Scenario s, int[] parties, double[] d, SolverBudgets budgets,
                                         LinearSolver solver) {
        return new ContinuousSolutions(s, parties, d, budgets, solver).egalitarian();
    }

    /**
     * The egalitarian value alone, {@code max_q min_k (u_k(q) - d_k)}, for utilities given on arrays (linear loss):
     * the test of a non-empty zone of agreement that many-draw analyses run once per draw. A value below
     * {@code -1e-9} proves the zone empty.
     */
    public static double maxMinValue(SpatialUtility u, int[] parties, double[] d, SolverBudgets budgets) {
        ContinuousSolutions c = new ContinuousSolutions(null, u, parties, d, budgets, LinearSolver.standard());
        return c.scaledValue(c.maxMinPercent(null), null);
    }

    ContinuousPoint egalitarian() {
        return maxMinScaled("egalitarian", null);
    }

    ContinuousPoint kalaiSmorodinsky(double[] ideal) {
        double[] scale = new double[d.length];
        for (int k = 0; k < d.length; k++) {
            scale[k] = Math.max(ideal[k] - d[k], 1e-12);
        }
        return maxMinScaled("kalai_smorodinsky", scale);
    }

    /** {@code max tau} s.t. {@code u_k - d_k >= tau * s_k} (s = 1 without scale); tau shifted to stay >= 0. */
    private ContinuousPoint maxMinScaled(String name, double[] scale) {
        double[] p = maxMinPercent(scale);
        return point(name, p, sp.utilities(p), scaledValue(p, scale));
    }

    /** {@code min_k (u_k(p) - d_k) / s_k} at a point on 0..100. */
    private double scaledValue(double[] p, double[] scale) {
        double[] u = sp.utilities(p);
        double value = Double.POSITIVE_INFINITY;
        for (int k = 0; k < d.length; k++) {
            value = Math.min(value, (u[k] - d[k]) / (scale == null ? 1 : scale[k]));
        }
        return value;
    }

    /** The point (0..100 per issue) of the max-min program. */
    private double[] maxMinPercent(double[] scale) {
        LinearProgram lp = sp.program(1);
        int tau = sp.base();
        lp.objective(tau, 1);
        for (int k = 0; k < d.length; k++) {
            double s = scale == null ? 1 : scale[k];
            double[] r = lp.row();
            sp.addLoss(r, k, 1);
            r[tau] = s;
            lp.atMost(r, 100 - d[k] + s * SHIFT);
        }
        LinearProgram.Result res = solver.solve(lp, budgets.simplexPivots());
        return sp.point(res.x());
    }

    /** The ideal point of the rational set: each party's best utility with every party at least at {@code d}. */
    double[] ideal() {
        double[] ideal = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            LinearProgram lp = sp.program(0);
            rational(lp);
            double[] obj = new double[sp.base()];
            sp.addLoss(obj, i, -1);
            for (int j = 0; j < obj.length; j++) {
                lp.objective(j, obj[j]);
            }
            ideal[i] = sp.utilities(sp.point(solver.solve(lp, budgets.simplexPivots()).x()))[i];
        }
        return ideal;
    }

    ContinuousPoint utilitarian() {
        LinearProgram lp = sp.program(0);
        rational(lp);
        double[] obj = new double[sp.base()];
        for (int k = 0; k < d.length; k++) {
            sp.addLoss(obj, k, -1);
        }
        for (int j = 0; j < obj.length; j++) {
            lp.objective(j, obj[j]);
        }
        double[] p = sp.point(solver.solve(lp, budgets.simplexPivots()).x());
        double[] u = sp.utilities(p);
        double sum = 0;
        for (double x : u) {
            sum += x;
        }
        return point("utilitarian", p, u, sum);
    }

    /**
     * Nash ({@code a_k = 1}) by Kelley's cutting planes {@code z_k <= ln g0 + (g_k - g0) / g0} inside a trust
     * region around the best point so far (halved after every step that does not improve). Stops when the plane
     * model, an upper bound on the objective within the region, exceeds the best value by less than 1e-10; by
     * concavity the best point is then the global maximum. The trust region shrinking below 1e-9 also ends the
     * search (with the gap reached reported); spending {@code budgets.nashCuttingPlaneRounds()} rounds first throws.
     */
    ContinuousPoint nash(ContinuousPoint egalitarian) {
        int n = d.length;
        java.util.List<double[]> cuts = new java.util.ArrayList<>();
        double[] best = egalitarian.outcome().clone();
        for (int dd = 0; dd < best.length; dd++) {
            best[dd] = scenario.issues().get(dd).scale().toPercent(best[dd]);
        }
        double bestValue = nashValue(best);
        addCuts(cuts, best);
        double radius = 50;
        double gap = Double.POSITIVE_INFINITY;
        int rounds = 0;
        for (; radius > 1e-9; rounds++) {
            if (rounds == budgets.nashCuttingPlaneRounds()) {
                throw new org.parley.core.optim.IterationBudgetException("Kelley's cutting planes for the continuous "
                        + "Nash point", rounds, "plane model " + String.format(java.util.Locale.ROOT, "%.3g", gap)
                        + " above the best value, trust region " + String.format(java.util.Locale.ROOT, "%.3g",
                        radius) + ", " + cuts.size() + " cuts");
            }
            LinearProgram lp = sp.program(n);
            rational(lp);
            int z = sp.base();
            for (int k = 0; k < n; k++) {
                lp.objective(z + k, 1);
                double[] cap = lp.row();
                cap[z + k] = 1;
                lp.atMost(cap, SHIFT + Math.log(100 - d[k] + 1e-9));
            }
            for (double[] cut : cuts) {
                int k = (int) cut[0];
                double g0 = cut[1];
                double[] r = lp.row();
                r[z + k] = 1;
                sp.addLoss(r, k, 1 / g0);
                lp.atMost(r, SHIFT + Math.log(g0) + (100 - d[k]) / g0 - 1);
            }
            for (int dd = 0; dd < sp.dims; dd++) {
                double[] up = lp.row();
                up[sp.q(dd)] = 1;
                lp.atMost(up, best[dd] + radius);
                double[] down = lp.row();
                down[sp.q(dd)] = -1;
                lp.atMost(down, -(best[dd] - radius));
            }
            LinearProgram.Result res = solver.solve(lp, budgets.simplexPivots());
            if (!res.optimal()) {
                break;
            }
            double model = res.value() - n * SHIFT;
            gap = model - bestValue;
            if (gap < 1e-10) {
                break;
            }
            double[] p = sp.point(res.x());
            double value = nashValue(p);
            addCuts(cuts, p);
            if (value > bestValue + 1e-12) {
                best = p;
                bestValue = value;
            } else {
                radius /= 2;
            }
        }
        ContinuousPoint c = point("nash", best, sp.utilities(best), bestValue);
        return new ContinuousPoint(c.name(), c.outcome(), c.utilities(), bestValue, Math.max(0, gap));
    }

    private double nashValue(double[] p) {
        double[] u = sp.utilities(p);
        double s = 0;
        for (int k = 0; k < d.length; k++) {
            s += Math.log(Math.max(u[k] - d[k], 1e-300));
        }
        return s;
    }

    private void addCuts(java.util.List<double[]> cuts, double[] p) {
        double[] u = sp.utilities(p);
        for (int k = 0; k < d.length; k++) {
            cuts.add(new double[] {k, Math.max(u[k] - d[k], 1e-6)});
        }
    }

    private void rational(LinearProgram lp) {
        for (int k = 0; k < d.length; k++) {
            double[] r = lp.row();
            sp.addLoss(r, k, 1);
            lp.atMost(r, 100 - d[k]);
        }
    }

    private ContinuousPoint point(String name, double[] percent, double[] u, double objective) {
        double[] outcome = new double[percent.length];
        for (int dd = 0; dd < percent.length; dd++) {
            outcome[dd] = scenario.issues().get(dd).scale().fromPercent(percent[dd]);
        }
        return new ContinuousPoint(name, outcome, u, objective, 0);
    }
}
