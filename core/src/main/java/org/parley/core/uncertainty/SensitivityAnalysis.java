package org.parley.core.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.parley.core.exec.BatchRunner;
import org.parley.core.exec.TaskRandom;
import org.parley.core.forecast.ForecastKernels;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.ScenarioInputs;
import org.parley.core.scenario.Uncertainty;

/**
 * The sensitivity analysis behind {@code parley sensitivity}: one-at-a-time tornado bars (each varied input at its
 * low and high value, the others central), break-even values for every package ({@link BreakEvens}), and from a
 * Monte Carlo sample Spearman rank correlations of every input with every output and first-order and total Sobol
 * indices of the leading inputs ({@link SobolEstimator}; skipped when inputs are rank-correlated, since the
 * estimators assume independent inputs). Without an uncertainty section every judgement varies by +-10 %.
 */
public final class SensitivityAnalysis {

    /** The spread used when the scenario says nothing about uncertainty. */
    public static final double DEFAULT_SPREAD = 0.1;

    private SensitivityAnalysis() {
    }

    /** The sensitivity of a validated scenario under the uncertainty {@code u}. */
    public static Sensitivity run(Scenario s, Uncertainty u, SensitivityOptions o, BatchRunner runner,
                                  IntConsumer progress) {
        return run(s, u, o, runner, progress, true);
    }

    /** As {@link #run}, with the Monte Carlo measures only when {@code global} (the tornado and break-evens always). */
    public static Sensitivity run(Scenario s, Uncertainty u, SensitivityOptions o, BatchRunner runner,
                                  IntConsumer progress, boolean global) {
        List<String> notes = new ArrayList<>();
        if (!u.varies()) {
            u = Uncertainty.spread(DEFAULT_SPREAD);
            notes.add("the scenario gives no distributions, so every judgement varies by +-10 % (uniform)");
        }
        ScenarioInputs in = ScenarioInputs.of(s);
        DrawPlan plan = DrawPlan.of(in, u);
        Map<String, String> central = Sweeps.centralParams(plan, o.params());
        Sweeps.checkParams(s, plan, o.model(), central);
        Evaluator ev = new Evaluator(in, ForecastKernels.of(o.model(), in), true, true);
        double[] x0 = in.central();
        double[] c = new double[ev.size()];
        ev.evaluate(x0, central, c);
        List<String> names = ev.names();
        Map<String, Double> centralOut = new LinkedHashMap<>();
        for (int m = 0; m < names.size(); m++) {
            centralOut.put(names.get(m), c[m]);
        }
        double[][][] ends = tornadoRuns(plan, ev, x0, central, runner);
        List<Sensitivity.Tornado> tornado = tornado(plan, names, c, ends);
        List<Sensitivity.BreakEven> breakEvens = breakEvens(plan, in, central, runner);
        List<Sensitivity.Global> measures = global ? global(plan, ev, names, ends, o, runner, progress, notes)
                : List.of();
        return new Sensitivity(o.model(), o.params(), names, centralOut, tornado, breakEvens, measures,
                global ? o.draws() : 0, o.seed(), notes);
    }

    /** For each varied input, all outputs with the input at its low [0] and its high [1] value. */
    private static double[][][] tornadoRuns(DrawPlan plan, Evaluator ev, double[] x0, Map<String, String> central,
                                            BatchRunner runner) {
        List<double[][]> runs = runner.run(plan.size(), a -> {
            DrawPlan.Entry e = plan.entries().get(a);
            double[][] out = new double[2][ev.size()];
            double[] ends = {e.marginal().low(), e.marginal().high()};
            for (int side = 0; side < 2; side++) {
                double[] x = x0.clone();
                Map<String, String> p = new LinkedHashMap<>(central);
                if (e.input() >= 0) {
                    x[e.input()] = ends[side];
                } else {
                    p.put(e.param(), Double.toString(ends[side]));
                }
                ev.evaluate(x, p, out[side]);
            }
            return out;
        });
        return runs.toArray(new double[0][][]);
    }

    private static List<Sensitivity.Tornado> tornado(DrawPlan plan, List<String> names, double[] c,
                                                     double[][][] ends) {
        List<Sensitivity.Tornado> out = new ArrayList<>();
        for (int m = 0; m < names.size(); m++) {
            List<Sensitivity.Bar> bars = new ArrayList<>();
            for (int a = 0; a < plan.size(); a++) {
                DrawPlan.Entry e = plan.entries().get(a);
                double lo = ends[a][0][m];
                double hi = ends[a][1][m];
                double swing = Math.abs(hi - lo);
                if (swing > 0) {
                    bars.add(new Sensitivity.Bar(e.path(), e.marginal().low(), e.marginal().high(), lo, hi, swing));
                }
            }
            bars.sort(Comparator.comparingDouble(Sensitivity.Bar::swing).reversed());
            out.add(new Sensitivity.Tornado(names.get(m), c[m], bars));
        }
        return out;
    }

    private static List<Sensitivity.BreakEven> breakEvens(DrawPlan plan, ScenarioInputs in,
                                                          Map<String, String> central, BatchRunner runner) {
        Evaluator margins = Evaluator.marginsOnly(in);
        if (!margins.packages()) {
            return List.of();
        }
        BreakEvens be = new BreakEvens(margins, central);
        List<Integer> inputs = new ArrayList<>();
        plan.entries().forEach(e -> {
            if (e.input() >= 0) {
                inputs.add(e.input());
            }
        });
        int packages = in.scenario().packages().size();
        List<Sensitivity.BreakEven> found = runner.run(packages * inputs.size(),
                t -> be.of(t / inputs.size(), inputs.get(t % inputs.size())));
        List<Sensitivity.BreakEven> out = new ArrayList<>();
        for (Sensitivity.BreakEven b : found) {
            if (b != null) {
                out.add(b);
            }
        }
        return out;
    }

    private static List<Sensitivity.Global> global(DrawPlan plan, Evaluator ev, List<String> names, double[][][] ends,
                                                   SensitivityOptions o, BatchRunner runner, IntConsumer progress,
                                                   List<String> notes) {
        int k = plan.size();
        int n = o.draws();
        if (k == 0) {
            return List.of();
        }
        Draws a = Draws.sample(plan, n, o.seed(), runner);
        double[][] fA = Sweeps.outputs(ev, a, o.params(), ev.inputs().central(), runner, progress);
        List<Integer> top = leading(plan, names, ends, o.top());
        double[][] fB = null;
        double[][][] fAB = null;
        if (plan.correlated()) {
            notes.add("Sobol indices not computed: they assume independent inputs, and the scenario correlates some");
        } else if (!top.isEmpty()) {
            Draws b = Draws.sample(plan, n, TaskRandom.mix(o.seed(), 0x5A17E111L), runner);
            fB = Sweeps.outputs(ev, b, o.params(), ev.inputs().central(), runner, progress);
            fAB = new double[top.size()][][];
            for (int t = 0; t < top.size(); t++) {
                double[][] cols = new double[k][];
                for (int col = 0; col < k; col++) {
                    cols[col] = col == top.get(t) ? b.column(col) : a.column(col);
                }
                fAB[t] = Sweeps.outputs(ev, Draws.of(plan, cols), o.params(), ev.inputs().central(), runner,
                        progress);
            }
        }
        List<Sensitivity.Global> out = new ArrayList<>();
        double[][] inputCols = new double[k][];
        for (int col = 0; col < k; col++) {
            inputCols[col] = a.column(col);
        }
        for (int m = 0; m < names.size(); m++) {
            Map<String, Double> ranks = new LinkedHashMap<>();
            for (int col = 0; col < k; col++) {
                double r = SobolEstimator.spearman(inputCols[col], fA[m]);
                if (Double.isFinite(r)) {
                    ranks.put(plan.entries().get(col).path(), r);
                }
            }
            List<Sensitivity.SobolIndex> sobol = new ArrayList<>();
            if (fAB != null) {
                double[][] perInput = new double[top.size()][];
                for (int t = 0; t < top.size(); t++) {
                    perInput[t] = fAB[t][m];
                }
                double[][] est = SobolEstimator.estimate(fA[m], fB[m], perInput, o.resamples(),
                        TaskRandom.mix(o.seed(), m));
                for (int t = 0; t < top.size(); t++) {
                    if (Double.isFinite(est[t][0])) {
                        sobol.add(new Sensitivity.SobolIndex(plan.entries().get(top.get(t)).path(), est[t][0],
                                est[t][1], est[t][2], est[t][3], est[t][4], est[t][5]));
                    }
                }
            }
            out.add(new Sensitivity.Global(names.get(m), ranks, sobol));
        }
        return out;
    }

    /** The {@code top} inputs with the widest tornado swing on any output, relative to that output's widest. */
    static List<Integer> leading(DrawPlan plan, List<String> names, double[][][] ends, int top) {
        int k = plan.size();
        double[] widest = new double[names.size()];
        for (int a = 0; a < k; a++) {
            for (int m = 0; m < names.size(); m++) {
                widest[m] = Math.max(widest[m], Math.abs(ends[a][1][m] - ends[a][0][m]));
            }
        }
        double[] score = new double[k];
        for (int a = 0; a < k; a++) {
            for (int m = 0; m < names.size(); m++) {
                if (widest[m] > 0) {
                    score[a] = Math.max(score[a], Math.abs(ends[a][1][m] - ends[a][0][m]) / widest[m]);
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            if (score[a] > 0) {
                order.add(a);
            }
        }
        order.sort(Comparator.comparingDouble((Integer a) -> -score[a]).thenComparingInt(a -> a));
        return order.subList(0, Math.min(top, order.size()));
    }
}
