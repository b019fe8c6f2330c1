package org.parley.core.phasing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Punishment;
import org.parley.core.scenario.Scenario;

/**
 * Checks a schedule against the per-party, per-stage inequality {@code V_i(t) >= D_i(t)} of Telser (1980) and
 * Lockwood and Thomas (2002): complying from stage t (the payoffs of the stages to come, then the package for
 * ever) against defecting at t (withholding one's own stage-t moves while the others make theirs, then the
 * punishment from the next stage on). Stage t holds on {@code [y_t, y_{t+1})}; with annual discount factor
 * {@code delta}, a stage of L years weighs {@code 1 - delta^L} in per-year units, so that with one-year stages this
 * is exactly the textbook recursion. O(parties x stages x issues), no allocation per stage.
 */
public final class SelfEnforcement {

    /** Slack above {@code -TOLERANCE} utility points per year counts as non-negative. */
    public static final double TOLERANCE = 1e-9;

    private SelfEnforcement() {
    }

    /**
     * Every party's slack (utility points per year) at stages 1..K into {@code slack[p][t - 1]}, with the temptation
     * and stake it is the difference of ({@code slack = stake - temptation}); {@code states[t]} is the outcome after
     * stage t on 0..100 per issue ({@code states[0]} the start), {@code years[t]} its year. The hot path of the
     * checker and the designer's verification.
     */
    public static void slack(PhasedDeal g, double[] years, double[][] states, double[][] slack,
                             double[][] temptation, double[][] stake) {
        slack(g, years, states, concessions(g, states), slack, temptation, stake);
    }

    private static void slack(PhasedDeal g, double[] years, double[][] states, boolean[][] concession,
                              double[][] slack, double[][] temptation, double[][] stake) {
        int stages = states.length - 1;
        int dims = g.issues;
        double[] dev = new double[dims];
        double[] pun = new double[dims];
        double[] util = new double[stages + 1];
        for (int p = 0; p < g.parties.length; p++) {
            int i = g.parties[p];
            double delta = g.delta[p];
            for (int t = 0; t <= stages; t++) {
                util[t] = g.u.utilityOfPercent(i, states[t]);
            }
            double v = util[stages];
            for (int t = stages; t >= 1; t--) {
                double dl = Math.pow(delta, length(years, t));
                double a = 1 - dl;
                double next = v;
                v = t == stages ? util[stages] : a * util[t] + dl * v;
                for (int d = 0; d < dims; d++) {
                    dev[d] = g.withholds[p][d] && concession[t][d] ? states[t - 1][d] : states[t][d];
                }
                double uDev = g.u.utilityOfPercent(i, dev);
                double uPun;
                if (g.punishment == Punishment.NO_DEAL) {
                    uPun = g.reservation[p];
                } else {
                    for (int d = 0; d < dims; d++) {
                        pun[d] = g.revoked[p][d] ? g.revertTo[d] : dev[d];
                    }
                    uPun = g.u.utilityOfPercent(i, pun);
                }
                temptation[p][t - 1] = a * (uDev - util[t]);
                stake[p][t - 1] = dl * (next - uPun);
                slack[p][t - 1] = stake[p][t - 1] - temptation[p][t - 1];
            }
        }
    }

    /** The length in years of stage t: to the next stage, or for the last stage as long as the one before it. */
    static double length(double[] years, int t) {
        int k = years.length - 1;
        return t < k ? years[t + 1] - years[t] : years[k] - years[k - 1];
    }

    /** Whether the move on each issue at each stage 1..K is a concession (a move toward the package). */
    static boolean[][] concessions(PhasedDeal g, double[][] states) {
        boolean[][] out = new boolean[states.length][g.issues];
        for (int t = 1; t < states.length; t++) {
            for (int d = 0; d < g.issues; d++) {
                double before = states[t - 1][d];
                double after = states[t][d];
                out[t][d] = g.direction[d] != 0 ? g.direction[d] * (after - before) > 0
                        : Math.abs(after - g.start[d]) > Math.abs(before - g.start[d]);
            }
        }
        return out;
    }

    /** The check of a schedule: {@code states[t]} on 0..100 per issue, {@code labels[t]} may be null. */
    public static ScheduleCheck check(PhasedDeal g, double[] years, String[] labels, double[][] states) {
        int stages = states.length - 1;
        int n = g.parties.length;
        double[][] slack = new double[n][stages];
        double[][] temptation = new double[n][stages];
        double[][] stake = new double[n][stages];
        boolean[][] concession = concessions(g, states);
        slack(g, years, states, concession, slack, temptation, stake);
        Map<String, List<Double>> perYear = new LinkedHashMap<>();
        Map<String, List<Double>> total = new LinkedHashMap<>();
        double min = Double.POSITIVE_INFINITY;
        for (int p = 0; p < n; p++) {
            List<Double> row = new ArrayList<>();
            List<Double> raw = new ArrayList<>();
            for (int t = 0; t < stages; t++) {
                row.add(slack[p][t]);
                raw.add(slack[p][t] / (1 - g.delta[p]));
                min = Math.min(min, slack[p][t]);
            }
            perYear.put(id(g, p), row);
            total.put(id(g, p), raw);
        }
        Incentive binding = null;
        List<Incentive> shortfalls = new ArrayList<>();
        for (int t = 0; t < stages; t++) {
            for (int p = 0; p < n; p++) {
                if (binding == null && slack[p][t] <= min + TOLERANCE) {
                    binding = incentive(g, years, concession, slack, temptation, stake, p, t + 1);
                }
                if (slack[p][t] < -TOLERANCE) {
                    shortfalls.add(incentive(g, years, concession, slack, temptation, stake, p, t + 1));
                }
            }
        }
        Map<String, Incentive> worst = new LinkedHashMap<>();
        for (int p = 0; p < n; p++) {
            int best = 0;
            for (int t = 1; t < stages; t++) {
                if (slack[p][t] < slack[p][best] - TOLERANCE) {
                    best = t;
                }
            }
            worst.put(id(g, p), incentive(g, years, concession, slack, temptation, stake, p, best + 1));
        }
        return new ScheduleCheck(stages(g, years, labels, states, concession), perYear, total, min, binding,
                min >= -TOLERANCE, shortfalls, worst, timing(g, years, states));
    }

    private static String id(PhasedDeal g, int p) {
        return g.scenario.actors().get(g.parties[p]).id();
    }

    private static Incentive incentive(PhasedDeal g, double[] years, boolean[][] concession, double[][] slack,
                                       double[][] temptation, double[][] stake, int p, int t) {
        List<String> withheld = new ArrayList<>();
        List<String> revoked = new ArrayList<>();
        for (int d = 0; d < g.issues; d++) {
            String issue = g.scenario.issues().get(d).id();
            if (g.withholds[p][d] && concession[t][d]) {
                withheld.add(issue);
            }
            if (g.punishment == Punishment.FREEZE && g.revoked[p][d]) {
                revoked.add(issue);
            }
        }
        return new Incentive(id(g, p), t, years[t], slack[p][t - 1], slack[p][t - 1] / (1 - g.delta[p]),
                temptation[p][t - 1], stake[p][t - 1], withheld, revoked);
    }

    private static List<PhaseStage> stages(PhasedDeal g, double[] years, String[] labels, double[][] states,
                                           boolean[][] concession) {
        Scenario s = g.scenario;
        List<PhaseStage> out = new ArrayList<>();
        for (int t = 0; t < states.length; t++) {
            Map<String, Double> terms = new LinkedHashMap<>();
            Map<String, List<String>> moves = new LinkedHashMap<>();
            for (int d = 0; d < g.issues; d++) {
                Issue issue = s.issues().get(d);
                terms.put(issue.id(), issue.scale().fromPercent(states[t][d]));
                if (t > 0 && states[t][d] != states[t - 1][d]) {
                    moves.put(issue.id(), concession[t][d] ? issue.concededBy() : List.of());
                }
            }
            String label = labels == null ? null : labels[t];
            out.add(new PhaseStage(t, years[t], label, terms, moves));
        }
        return out;
    }

    /** When each issue that moves first moves, reaches half of its way, and last moves. */
    private static List<IssueTiming> timing(PhasedDeal g, double[] years, double[][] states) {
        List<IssueTiming> out = new ArrayList<>();
        int stages = states.length - 1;
        for (int d = 0; d < g.issues; d++) {
            int first = -1;
            int last = -1;
            int half = -1;
            double from = states[0][d];
            double to = states[stages][d];
            for (int t = 1; t <= stages; t++) {
                if (states[t][d] != states[t - 1][d]) {
                    first = first < 0 ? t : first;
                    last = t;
                }
                if (half < 0 && to != from && (states[t][d] - from) / (to - from) >= 0.5 - 1e-12) {
                    half = t;
                }
            }
            if (first < 0) {
                continue;
            }
            half = half < 0 ? last : half;
            Issue issue = g.scenario.issues().get(d);
            out.add(new IssueTiming(issue.id(), issue.concededBy(), issue.reversible(),
                    issue.scale().fromPercent(from), issue.scale().fromPercent(to), first, years[first], half,
                    years[half], last, years[last]));
        }
        return out;
    }
}
