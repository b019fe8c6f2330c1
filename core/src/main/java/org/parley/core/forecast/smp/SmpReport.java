package org.parley.core.forecast.smp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.forecast.Convergence;
import org.parley.core.forecast.ConvergenceDetector;
import org.parley.core.forecast.Forecast;
import org.parley.core.forecast.ForecastRound;
import org.parley.core.forecast.IssueConvergence;
import org.parley.core.forecast.WeightedPositions;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Stance;

/** Turns the engine's arrays into the public result: positions in issue units, names instead of indices. */
final class SmpReport {

    private final Scenario scenario;
    private final SmpProblem problem;
    private final boolean showIdeals;

    SmpReport(Scenario scenario, SmpProblem problem, boolean showIdeals) {
        this.scenario = scenario;
        this.problem = problem;
        this.showIdeals = showIdeals;
    }

    SmpRun build(List<TurnLog> log, SmpParameters settings, ConvergenceDetector detector, Map<String, Object> params) {
        List<ForecastRound> rounds = new ArrayList<>();
        List<SmpTurn> turns = new ArrayList<>();
        List<String> notes = new ArrayList<>(problem.notes);
        double[] previous = null;
        Map<String, Map<String, Double>> previousMaps = null;
        for (TurnLog t : log) {
            Map<String, Map<String, Double>> positions = positions(t.x(), previous, previousMaps);
            rounds.add(new ForecastRound(t.turn(), positions));
            turns.add(turn(t, positions));
            previous = t.x();
            previousMaps = positions;
            if (!t.riskSpread()) {
                notes.add("turn " + t.turn() + ": every position is equally likely, so every risk attitude is 0 "
                        + "(KTAB divides by zero here)");
            }
        }
        TurnLog last = log.get(log.size() - 1);
        List<SmpPosition> distinct = turns.get(turns.size() - 1).distinctPositions();
        Map<String, Double> mostProbable = distinct.get(last.distinct().mostProbable()).position();
        Map<String, Map<String, Double>> statistics = new LinkedHashMap<>();
        statistics.put("most_probable", mostProbable);
        statistics.put("weighted_mean", weighted(last.x(), true));
        statistics.put("weighted_median", weighted(last.x(), false));
        Forecast f = new Forecast(SmpModel.NAME, problem.issues.stream().map(Issue::id).toList(), rounds,
                mostProbable, "most_probable", statistics, params, convergence(log, settings, detector));
        return new SmpRun(f, turns, distinct, notes, stopRule(last, settings));
    }

    /**
     * Whether the headline, the most probable position, came to rest on each issue: settled when KTAB's stop rule
     * ended the run (smp.md Section 8), else judged by the detector on its turn-by-turn series.
     */
    private Convergence convergence(List<TurnLog> log, SmpParameters settings, ConvergenceDetector detector) {
        boolean stopRule = stopRule(log.get(log.size() - 1), settings);
        Map<String, IssueConvergence> out = new LinkedHashMap<>();
        double[] series = new double[log.size()];
        for (int k = 0; k < problem.dims; k++) {
            Issue issue = problem.issues.get(k);
            for (int t = 0; t < log.size(); t++) {
                TurnLog turn = log.get(t);
                int holder = turn.distinct().representatives[turn.distinct().mostProbable()];
                series[t] = clean(SmpProblem.fromPercent(issue, 100 * turn.x()[holder * problem.dims + k]));
            }
            out.put(issue.id(), detector.classify(series, issue.scale().range(), stopRule));
        }
        return new Convergence(out);
    }

    /** Whether the run ended by KTAB's rule (the change fell below {@code stopRatio}) rather than the turn limit. */
    private static boolean stopRule(TurnLog last, SmpParameters settings) {
        return last.turn() >= settings.minTurns() && last.stopRatio() < settings.stopRatio();
    }

    private SmpTurn turn(TurnLog t, Map<String, Map<String, Double>> positions) {
        Map<String, Double> risk = new LinkedHashMap<>();
        Map<String, Double> actorProbability = new LinkedHashMap<>();
        for (int i = 0; i < problem.n; i++) {
            risk.put(id(i), t.risk()[i]);
            actorProbability.put(id(i), t.distinct().actorProbability[i]);
        }
        List<SmpChallenge> challenges = new ArrayList<>();
        for (Contest c : t.challenges()) {
            if (c != null) {
                challenges.add(new SmpChallenge(id(c.initiator()), id(c.target()), c.probability(), c.gain()));
            }
        }
        List<SmpBargain> bargains = new ArrayList<>();
        List<String> bargainIds = new ArrayList<>();
        for (Bargain b : t.bargains()) {
            String bid = id(b.initiator()) + "->" + id(b.receiver())
                    + (Bargain.RECEIVER.equals(b.view()) ? " (receiver's view)" : "");
            bargainIds.add(bid);
            bargains.add(new SmpBargain(bid, id(b.initiator()), id(b.receiver()), b.view(),
                    position(b.initiatorPosition(), 0), position(b.receiverPosition(), 0)));
        }
        Map<String, SmpMove> moves = new LinkedHashMap<>();
        for (int k = 0; k < t.adopted().length; k++) {
            Map<String, Double> queue = new LinkedHashMap<>();
            int[] q = t.queues()[k];
            for (int o = 0; o < q.length; o++) {
                queue.put(q[o] < 0 ? SmpMove.STATUS_QUO : bargainIds.get(q[o]), t.queueProbabilities()[k][o]);
            }
            int chosen = t.adopted()[k];
            moves.put(id(k), new SmpMove(q[chosen] < 0 ? SmpMove.STATUS_QUO : bargainIds.get(q[chosen]),
                    t.queueProbabilities()[k][chosen], queue));
        }
        return new SmpTurn(t.turn(), risk, distinct(t, positions), actorProbability, challenges, bargains, moves,
                showIdeals ? positions(t.ideal(), null, null) : null, Double.isNaN(t.stopRatio()) ? null : t.stopRatio());
    }

    private List<SmpPosition> distinct(TurnLog t, Map<String, Map<String, Double>> positions) {
        DistinctPositions d = t.distinct();
        List<SmpPosition> out = new ArrayList<>();
        for (int q = 0; q < d.representatives.length; q++) {
            List<String> holders = new ArrayList<>();
            for (int i = 0; i < problem.n; i++) {
                if (d.groupOf[i] == q) {
                    holders.add(id(i));
                }
            }
            out.add(new SmpPosition(positions.get(id(d.representatives[q])), d.probability[q], holders));
        }
        return out;
    }

    /** Every actor's position; an actor that did not move keeps the map of {@code previous} (same values). */
    private Map<String, Map<String, Double>> positions(double[] x, double[] previous,
                                                      Map<String, Map<String, Double>> previousMaps) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        int dims = problem.dims;
        for (int i = 0; i < problem.n; i++) {
            boolean same = previous != null;
            for (int k = 0; k < dims && same; k++) {
                same = x[i * dims + k] == previous[i * dims + k];
            }
            out.put(id(i), same ? previousMaps.get(id(i)) : position(x, i * dims));
        }
        return out;
    }

    /** One position (0..1, D values from {@code offset}) in issue units, without binary round-off noise. */
    private Map<String, Double> position(double[] x, int offset) {
        Map<String, Double> out = new LinkedHashMap<>(2 * problem.dims);
        for (int k = 0; k < problem.dims; k++) {
            Issue issue = problem.issues.get(k);
            out.put(issue.id(), clean(SmpProblem.fromPercent(issue, 100 * x[offset + k])));
        }
        return Collections.unmodifiableMap(out);
    }

    /** The capability x salience weighted mean (or median) of the positions, over the actors with a stance. */
    private Map<String, Double> weighted(double[] x, boolean mean) {
        Map<String, Double> out = new LinkedHashMap<>();
        double[] xs = new double[problem.n];
        double[] ws = new double[problem.n];
        for (int k = 0; k < problem.dims; k++) {
            Issue issue = problem.issues.get(k);
            int m = 0;
            for (int i = 0; i < problem.n; i++) {
                Actor a = scenario.actors().get(i);
                Stance st = a.stances().get(issue.id());
                if (st != null) {
                    xs[m] = SmpProblem.fromPercent(issue, 100 * x[i * problem.dims + k]);
                    ws[m++] = a.capability() * st.salience();
                }
            }
            double v = mean ? WeightedPositions.mean(xs, ws, m)
                    : WeightedPositions.median(Arrays.copyOf(xs, m), Arrays.copyOf(ws, m));
            out.put(issue.id(), clean(v));
        }
        return out;
    }

    private String id(int i) {
        return problem.actorIds.get(i);
    }

    /** {@code v} rounded to 9 decimals: removes the noise of 0..1 to 0..100 arithmetic (78.56000000000002). */
    static double clean(double v) {
        return Double.isFinite(v) ? Math.rint(v * 1e9) / 1e9 : v;
    }
}
