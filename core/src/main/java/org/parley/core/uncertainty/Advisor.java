package org.parley.core.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.exec.BatchRunner;
import org.parley.core.forecast.ForecastKernel;
import org.parley.core.forecast.ForecastKernels;
import org.parley.core.params.BadParameterException;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.ScenarioInputs;
import org.parley.core.utility.SpatialUtility;

/**
 * Finds an actor's levers ({@link Advice}). The actor's utility is always measured with its own positions and
 * saliences as the scenario gives them; a lever changes what it advocates, how much weight it puts on an issue, what
 * another actor advocates, or a package term. Under the compromise model the effect is in closed form: with
 * {@code N_d = sum_j c_j s_jd} and {@code O_d} the weighted mean, moving actor j's position by {@code delta} moves
 * the outcome to {@code O_d + c_j s_jd delta / N_d}; raising actor i's salience by {@code ds} moves it to
 * {@code (N_d O_d + c_i ds x_id) / (N_d + c_i ds)}; only issue d's term of the utility changes. Under the other
 * models each lever is simulated: the model is run again on the changed inputs. Package terms are moved towards the
 * actor's position (not past it) and scored on the actor's utility of the package.
 */
public final class Advisor {

    private Advisor() {
    }

    /** The levers of actor {@code actorId} under {@code model}, each change {@code step} points at most. */
    public static Advice advise(Scenario s, String actorId, String model, Map<String, String> params, double step) {
        return advise(s, actorId, model, params, step, BatchRunner.sequential());
    }

    /** As {@link #advise(Scenario, String, String, Map, double)}, simulating the levers as tasks on {@code runner}. */
    public static Advice advise(Scenario s, String actorId, String model, Map<String, String> params, double step,
                                BatchRunner runner) {
        int a = s.actors().stream().map(Actor::id).toList().indexOf(actorId);
        if (a < 0) {
            throw new BadParameterException("--actor " + actorId + ": no such actor; expected one of "
                    + s.actors().stream().map(Actor::id).toList());
        }
        if (!(step > 0 && step <= 100)) {
            throw new BadParameterException("--step " + step + ": expected a number of points above 0 and at most 100");
        }
        ScenarioInputs in = ScenarioInputs.of(s);
        ForecastKernel kernel = ForecastKernels.of(model, in);
        Sweeps.checkParams(s, DrawPlan.of(in, org.parley.core.scenario.Uncertainty.none()), model, params);
        boolean closed = model.equals("compromise");
        SpatialUtility u = SpatialUtility.of(s);
        double[] x0 = in.central();
        double[] o0 = new double[in.issues()];
        kernel.forecast(x0, params, o0);
        double base = u.utility(a, o0);
        List<Move> moves = new ArrayList<>();
        for (int d = 0; d < in.issues(); d++) {
            forecastMoves(s, in, u, a, d, x0, o0, step, moves);
        }
        List<Double> effects = runner.run(moves.size(), t -> {
            Move m = moves.get(t);
            if (!closed) {
                return simulated(in, kernel, params, u, a, x0, m.input, m.to) - base;
            }
            return m.kind == Advice.Kind.OWN_SALIENCE ? closedSalience(in, u, a, m.issue, x0, o0, m.to - m.from)
                    : closedPosition(in, u, a, m.issue, m.actor, x0, o0, m.to - m.from);
        });
        List<Advice.Lever> levers = new ArrayList<>();
        for (int t = 0; t < moves.size(); t++) {
            Move m = moves.get(t);
            add(levers, m.kind, in.input(m.input).path(), s.issues().get(m.issue).id(), s.actors().get(m.actor).id(),
                    m.from, m.to, effects.get(t), m.points, closed ? "closed form" : "simulation", null, null);
        }
        packageLevers(s, in, u, a, x0, step, levers);
        levers.sort(Comparator.comparingDouble(Advice.Lever::perPoint).reversed()
                .thenComparing(Comparator.comparingDouble(Advice.Lever::effect).reversed()));
        Map<String, Double> forecast = new LinkedHashMap<>();
        for (int d = 0; d < in.issues(); d++) {
            forecast.put(s.issues().get(d).id(), o0[d]);
        }
        List<String> notes = new ArrayList<>();
        if (!closed) {
            notes.add("each forecast lever was simulated: the " + model + " model was run again with the change");
        }
        return new Advice(actorId, model, params, step, base, forecast, levers, notes);
    }

    /** One forecast lever before its effect is known: what moves, on which issue, whose input, from and to. */
    private record Move(Advice.Kind kind, int input, int issue, int actor, double from, double to, double points) {
    }

    private static void forecastMoves(Scenario s, ScenarioInputs in, SpatialUtility u, int a, int d, double[] x0,
                                      double[] o0, double step, List<Move> out) {
        var issue = s.issues().get(d);
        double width = issue.scale().range();
        double ideal = issue.scale().fromPercent(u.ideal(a, d));
        double toward = Math.signum(ideal - o0[d]);
        if (in.positionIndex(a, d) < 0 || toward == 0) {
            return;
        }
        for (int j = 0; j < in.actors(); j++) {
            int k = in.positionIndex(j, d);
            if (k < 0) {
                continue;
            }
            double from = x0[k];
            double to = clamp(from + toward * step * width / 100, issue.scale().min(), issue.scale().max());
            if (to != from) {
                out.add(new Move(j == a ? Advice.Kind.OWN_POSITION : Advice.Kind.PERSUADE, k, d, j, from, to,
                        Math.abs(to - from) * 100 / width));
            }
        }
        int k = in.salienceIndex(a, d);
        double from = x0[k];
        double to = Math.min(100, from + step);
        if (to > from) {
            out.add(new Move(Advice.Kind.OWN_SALIENCE, k, d, a, from, to, to - from));
        }
    }

    /** The compromise after actor j's position on d moves by {@code delta}: {@code O_d + c_j s_jd delta / N_d}. */
    static double closedPosition(ScenarioInputs in, SpatialUtility u, int a, int d, int j, double[] x, double[] o0,
                                 double delta) {
        double n = weightSum(in, d, x);
        double moved = o0[d] + x[in.capabilityIndex(j)] * x[in.salienceIndex(j, d)] * delta / n;
        return issueGain(u, a, d, o0[d], moved);
    }

    /** The compromise after actor a's salience on d rises by ds: {@code (N_d O_d + c_a ds x_ad) / (N_d + c_a ds)}. */
    static double closedSalience(ScenarioInputs in, SpatialUtility u, int a, int d, double[] x, double[] o0,
                                 double ds) {
        double n = weightSum(in, d, x);
        double extra = x[in.capabilityIndex(a)] * ds;
        double moved = (n * o0[d] + extra * x[in.positionIndex(a, d)]) / (n + extra);
        return issueGain(u, a, d, o0[d], moved);
    }

    private static double weightSum(ScenarioInputs in, int d, double[] x) {
        double n = 0;
        for (int j = 0; j < in.actors(); j++) {
            if (in.positionIndex(j, d) >= 0) {
                n += x[in.capabilityIndex(j)] * x[in.salienceIndex(j, d)];
            }
        }
        return n;
    }

    /** The change of actor a's utility when the outcome on issue d alone moves from {@code before} to {@code after}. */
    private static double issueGain(SpatialUtility u, int a, int d, double before, double after) {
        return u.issueLoss(a, d, u.toPercent(d, before)) - u.issueLoss(a, d, u.toPercent(d, after));
    }

    private static double simulated(ScenarioInputs in, ForecastKernel kernel, Map<String, String> params,
                                    SpatialUtility u, int a, double[] x0, int k, double to) {
        double[] x = x0.clone();
        x[k] = to;
        double[] o = new double[in.issues()];
        kernel.forecast(x, params, o);
        return u.utility(a, o);
    }

    private static void packageLevers(Scenario s, ScenarioInputs in, SpatialUtility u, int a, double[] x0,
                                      double step, List<Advice.Lever> out) {
        Evaluator margins = Evaluator.marginsOnly(in);
        if (s.packages().isEmpty()) {
            return;
        }
        BreakEvens verdicts = margins.packages() ? new BreakEvens(margins, Map.of()) : null;
        for (int p = 0; p < s.packages().size(); p++) {
            var pkg = s.packages().get(p);
            Boolean before = verdicts == null ? null : verdicts.verdict(p, x0);
            for (int d = 0; d < in.issues(); d++) {
                var issue = s.issues().get(d);
                Double term = pkg.terms().get(issue.id());
                if (term == null || u.weight(a, d) == 0) {
                    continue;
                }
                int k = in.termIndex(p, d);
                double ideal = issue.scale().fromPercent(u.ideal(a, d));
                double move = Math.max(-step * issue.scale().range() / 100,
                        Math.min(step * issue.scale().range() / 100, ideal - term));
                double to = term + move;
                if (to == term) {
                    continue;
                }
                double effect = issueGain(u, a, d, term, to);
                double[] x = x0.clone();
                x[k] = to;
                Boolean after = verdicts == null ? null : verdicts.verdict(p, x);
                add(out, Advice.Kind.PACKAGE_TERM, in.input(k).path(), issue.id(), pkg.id(), term, to, effect,
                        Math.abs(move) * 100 / issue.scale().range(), "closed form", before, after);
            }
        }
    }

    private static void add(List<Advice.Lever> out, Advice.Kind kind, String path, String issue, String target,
                            double from, double to, double effect, double points, String method, Boolean before,
                            Boolean after) {
        if (effect > 1e-12) {
            out.add(new Advice.Lever(kind, path, issue, target, from, to, effect, effect / points, method, before,
                    after));
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
