package org.parley.core.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.parley.core.exec.BatchRunner;
import org.parley.core.forecast.ForecastKernels;
import org.parley.core.forecast.ForecastModel;
import org.parley.core.forecast.ForecastModels;
import org.parley.core.params.BadParameterException;
import org.parley.core.params.Params;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.ScenarioInputs;
import org.parley.core.scenario.Uncertainty;
import org.parley.core.stats.Quantiles;
import org.parley.core.text.Nearest;

/**
 * Monte Carlo sweeps: draws of the varied inputs ({@link Draws}), every output of each draw ({@link Evaluator}) in
 * batch tasks of fixed size on a {@link BatchRunner}, and their summary ({@link Sweep}). Same seed, same result,
 * whatever the number of threads. O(draws x cost of one evaluation); the zone's linear program dominates when on.
 */
public final class Sweeps {

    private Sweeps() {
    }

    /** The sweep of a validated scenario under the uncertainty {@code u} (usually its own section). */
    public static Sweep run(Scenario s, Uncertainty u, SweepOptions o, BatchRunner runner, IntConsumer progress) {
        ScenarioInputs in = ScenarioInputs.of(s);
        DrawPlan plan = DrawPlan.of(in, u);
        Map<String, String> central = centralParams(plan, o.params());
        checkParams(s, plan, o.model(), central);
        Evaluator ev = new Evaluator(in, ForecastKernels.of(o.model(), in), o.packages(), o.zone());
        double[] x0 = in.central();
        double[] c = new double[ev.size()];
        ev.evaluate(x0, central, c);
        Draws draws = Draws.sample(plan, o.draws(), o.seed(), runner);
        double[][] out = outputs(ev, draws, o.params(), x0, runner, progress);
        return summary(s, u, plan, ev, o, c, draws, out);
    }

    /** The base parameters with every varied parameter at its central value. */
    static Map<String, String> centralParams(DrawPlan plan, Map<String, String> base) {
        Map<String, String> p = new LinkedHashMap<>(base);
        for (DrawPlan.Entry e : plan.entries()) {
            if (e.param() != null) {
                p.put(e.param(), Double.toString(e.central()));
            }
        }
        return p;
    }

    /** Runs the model once centrally and at each varied parameter's ends, so that bad parameters fail up front. */
    static void checkParams(Scenario s, DrawPlan plan, String model, Map<String, String> central) {
        ForecastModel m = ForecastModels.byName(model).orElseThrow(() -> new BadParameterException("unknown model '"
                + model + "'" + Nearest.hint(model, ForecastModels.names()) + "; expected one of " + ForecastModels.names()));
        for (DrawPlan.Entry e : plan.entries()) {
            if (e.param() == null) {
                continue;
            }
            for (double v : new double[] {e.marginal().low(), e.central(), e.marginal().high()}) {
                Map<String, String> p = new LinkedHashMap<>(central);
                p.put(e.param(), Double.toString(v));
                try {
                    m.forecast(s, Params.of(p));
                } catch (BadParameterException ex) {
                    throw new BadParameterException(e.path() + ": the " + model + " model refuses "
                            + e.distribution().describe() + ": " + ex.getMessage());
                }
            }
        }
        m.forecast(s, Params.of(central));
    }

    /** Every output of every draw, by output then draw. */
    static double[][] outputs(Evaluator ev, Draws draws, Map<String, String> base, double[] x0, BatchRunner runner,
                              IntConsumer progress) {
        int n = draws.count();
        int m = ev.size();
        double[][] out = new double[m][n];
        boolean params = draws.plan().variesParams();
        runner.run(Draws.tasks(n), t -> {
            int from = t * Draws.CHUNK;
            int to = Math.min(n, from + Draws.CHUNK);
            double[] x = x0.clone();
            double[] row = new double[m];
            for (int j = from; j < to; j++) {
                draws.fill(j, x);
                ev.evaluate(x, params ? draws.params(j, base) : base, row);
                for (int k = 0; k < m; k++) {
                    out[k][j] = row[k];
                }
            }
            progress.accept(to - from);
            return null;
        });
        return out;
    }

    private static Sweep summary(Scenario s, Uncertainty u, DrawPlan plan, Evaluator ev, SweepOptions o, double[] c,
                                 Draws draws, double[][] out) {
        int n = draws.count();
        List<Sweep.SweptInput> inputs = new ArrayList<>();
        for (DrawPlan.Entry e : plan.entries()) {
            inputs.add(new Sweep.SweptInput(e.path(), e.distribution().describe(), e.central(), e.marginal().low(),
                    e.marginal().high(), e.listed()));
        }
        List<Sweep.IssueSpread> forecasts = new ArrayList<>();
        for (int d = 0; d < s.issues().size(); d++) {
            forecasts.add(spread(s.issues().get(d), c[d], out[ev.forecastIndex(d)], o.bins()));
        }
        List<Sweep.PackageChance> packages = new ArrayList<>();
        int[] veto = ev.veto();
        if (ev.packages()) {
            for (int p = 0; p < s.packages().size(); p++) {
                Map<String, Double> accepts = new LinkedHashMap<>();
                Map<String, Double> margins = new LinkedHashMap<>();
                boolean centralAll = true;
                for (int k = 0; k < veto.length; k++) {
                    int idx = ev.marginIndex(p, k);
                    accepts.put(s.actors().get(veto[k]).id(), share(out[idx], 0));
                    margins.put(s.actors().get(veto[k]).id(), c[idx]);
                    centralAll &= c[idx] >= 0;
                }
                int all = 0;
                for (int j = 0; j < n; j++) {
                    boolean ok = true;
                    for (int k = 0; k < veto.length && ok; k++) {
                        ok = out[ev.marginIndex(p, k)][j] >= 0;
                    }
                    all += ok ? 1 : 0;
                }
                var pkg = s.packages().get(p);
                packages.add(new Sweep.PackageChance(pkg.id(), pkg.label(), accepts, (double) all / n, margins,
                        centralAll));
            }
        }
        Sweep.ZoneChance zone = null;
        if (ev.zone()) {
            double slack = c[ev.zoneIndex()];
            zone = new Sweep.ZoneChance(slack >= Evaluator.ZONE_TOLERANCE, slack,
                    share(out[ev.zoneIndex()], Evaluator.ZONE_TOLERANCE));
        }
        return new Sweep(o.model(), n, o.seed(), o.params(), inputs, forecasts, packages, zone,
                notes(s, u, plan, ev, o), o.keepDraws() ? table(plan, ev, draws, out) : null);
    }

    private static List<String> notes(Scenario s, Uncertainty u, DrawPlan plan, Evaluator ev, SweepOptions o) {
        List<String> notes = new ArrayList<>();
        if (plan.size() == 0 && u.spread() != null && u.spread() > 0) {
            notes.add("nothing varies: the spread leaves numbers marked 'basis: sourced' fixed (and horizons, "
                    + "discounts, the status quo and package terms), and that is every input here; give them "
                    + "distributions with --vary PATH=DIST or in the uncertainty section. Every draw is the "
                    + "deterministic analysis");
        } else if (plan.size() == 0) {
            notes.add("nothing varies: the scenario has no uncertainty section and no spread was given, so every "
                    + "draw is the deterministic analysis");
        }
        if (o.packages() && !ev.packages()) {
            notes.add("package acceptance not computed: the scenario has no packages or no veto party with a "
                    + "reservation value");
        }
        if (o.zone() && !ev.zone()) {
            notes.add(s.loss() == org.parley.core.scenario.Loss.LINEAR
                    ? "zone of agreement not computed: it needs two veto parties with reservation values"
                    : "zone of agreement not computed: the exact test is a linear program, for linear loss only");
        }
        if (plan.correlated()) {
            notes.add("rank correlations imposed on the draws by Iman and Conover's method");
        }
        return notes;
    }

    private static Sweep.DrawTable table(DrawPlan plan, Evaluator ev, Draws draws, double[][] out) {
        List<String> columns = new ArrayList<>();
        plan.entries().forEach(e -> columns.add(e.path()));
        columns.addAll(ev.names());
        List<double[]> rows = new ArrayList<>(draws.count());
        for (int j = 0; j < draws.count(); j++) {
            double[] r = new double[columns.size()];
            for (int a = 0; a < plan.size(); a++) {
                r[a] = draws.value(a, j);
            }
            for (int k = 0; k < out.length; k++) {
                r[plan.size() + k] = out[k][j];
            }
            rows.add(r);
        }
        return new Sweep.DrawTable(columns, rows);
    }

    /** The share of values at or above {@code threshold}. */
    static double share(double[] v, double threshold) {
        int k = 0;
        for (double x : v) {
            k += x >= threshold ? 1 : 0;
        }
        return (double) k / v.length;
    }

    /** An issue's forecast over the draws; the mean is taken about the central value, so equal draws give it exactly. */
    static Sweep.IssueSpread spread(Issue issue, double central, double[] v, int bins) {
        int n = v.length;
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        double shift = Double.isFinite(central) ? central : sorted[0];
        double sum = 0;
        for (double x : v) {
            sum += x - shift;
        }
        double mean = shift + sum / n;
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
        double lo = issue.scale().min();
        double hi = issue.scale().max();
        int[] counts = new int[bins];
        for (double x : v) {
            int b = (int) Math.floor((x - lo) / (hi - lo) * bins);
            counts[Math.max(0, Math.min(bins - 1, b))]++;
        }
        List<Integer> c = new ArrayList<>();
        for (int k : counts) {
            c.add(k);
        }
        return new Sweep.IssueSpread(issue.id(), central, mean, Quantiles.type7(sorted, 0.5), sd,
                new Sweep.Interval(Quantiles.type7(sorted, 0.1), Quantiles.type7(sorted, 0.9)),
                new Sweep.Interval(Quantiles.type7(sorted, 0.025), Quantiles.type7(sorted, 0.975)),
                new Sweep.Histogram(lo, hi, c));
    }
}
