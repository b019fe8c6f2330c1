package org.parley.core.utility;

import java.util.List;
import java.util.Map;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Loss;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Stance;

/**
 * Every actor's utility (0..100) over the outcomes of a scenario, precomputed on primitive arrays.
 *
 * <p>With positions and outcomes mapped to 0..100 on each issue's scale and the actor's saliences normalised to
 * weights {@code w_id = s_id / sum_d s_id} (an issue without a stance weighs 0):
 * linear loss {@code u_i(p) = 100 - sum_d w_id |p_d - x_id|}; quadratic loss
 * {@code u_i(p) = 100 - sum_d w_id (p_d - x_id)^2 / 100}. One evaluation is O(issues) with no allocation.
 */
public final class SpatialUtility {

    private final int actors;
    private final int issues;
    private final Loss loss;
    private final double[] ideal;
    private final double[] weight;
    private final double[] min;
    private final double[] span;
    private final double[] errorBound;

    /** The unit roundoff of double arithmetic, {@code 2^-53}. */
    private static final double UNIT = 0x1p-53;

    /** Tables that take ownership of their arrays; {@code stances[i]} is the number of actor i's stances. */
    private SpatialUtility(Loss loss, double[] min, double[] span, double[] ideal, double[] weight, int[] stances) {
        this.actors = stances.length;
        this.issues = min.length;
        this.loss = loss;
        this.ideal = ideal;
        this.weight = weight;
        this.min = min;
        this.span = span;
        this.errorBound = new double[actors];
        double[] issueError = new double[issues];
        for (int d = 0; d < issues; d++) {
            double a = Math.max(Math.abs(min[d]), Math.abs(min[d] + span[d]));
            issueError[d] = 100 * UNIT * (4 + 4 * a / span[d]);
        }
        for (int i = 0; i < actors; i++) {
            errorBound[i] = bound(i, stances[i], issueError);
        }
    }

    /**
     * The a-priori bound of {@link #errorBound(int, double)} without the reservation term. With {@code u = 2^-53}
     * and {@code A_d = max(|min_d|, |max_d|)}, a position or outcome on issue {@code d}'s scale, read from its
     * decimal and mapped to 0..100, is off by at most {@code E_d = 100 u (4 + 4 A_d / R_d)}; a weight
     * {@code s / S} over {@code n_s} saliences by a factor {@code (n_s + 2) u}; so one linear term
     * {@code w |p - x|} is off by at most {@code w (2 E_d + 100 (n_s + 4) u)}, the sum of {@code n} terms and the
     * final {@code 100 - sum} add {@code 100 (n + 1) u}. Under quadratic loss a term {@code w (p - x)^2 / 100}
     * with gap error {@code e = 2 E_d + 100 u} is off by at most {@code w (2 e + e^2 / 100 + 100 (n_s + 5) u)}.
     * The total is doubled to cover the second-order terms.
     */
    private double bound(int i, int stances, double[] issueError) {
        double sum = 0;
        for (int d = 0; d < issues; d++) {
            double e = issueError[d];
            double w = weight[i * issues + d];
            if (loss == Loss.LINEAR) {
                sum += w * (2 * e + 100 * (stances + 4) * UNIT);
            } else {
                double gap = 2 * e + 100 * UNIT;
                sum += w * (2 * gap + gap * gap / 100 + 100 * (stances + 5) * UNIT);
            }
        }
        return 2 * (sum + 100 * (issues + 1) * UNIT);
    }

    /**
     * The utility tables of actors given on primitive arrays: each issue's scale ({@code min}, {@code span}), each
     * actor's position (issue units) and salience at {@code [actor * issues + issue]}, and the issues each actor
     * takes a stance on in the order its saliences are summed. The same arithmetic as {@link #of(Scenario)}.
     */
    public static SpatialUtility of(Loss loss, double[] min, double[] span, double[] position, double[] salience,
                                    int[][] stanceOrder) {
        int issues = min.length;
        double[] ideal = new double[stanceOrder.length * issues];
        double[] weight = new double[stanceOrder.length * issues];
        int[] stances = new int[stanceOrder.length];
        for (int i = 0; i < stanceOrder.length; i++) {
            stances[i] = normalise(i * issues, i * issues, stanceOrder[i], stanceOrder[i].length, min, span, position,
                    salience, ideal, weight);
        }
        return new SpatialUtility(loss, min.clone(), span.clone(), ideal, weight, stances);
    }

    /** The utility tables of a validated scenario. */
    public static SpatialUtility of(Scenario s) {
        List<Issue> is = s.issues();
        List<Actor> as = s.actors();
        int n = is.size();
        double[] min = new double[n];
        double[] span = new double[n];
        String[] ids = new String[n];
        for (int d = 0; d < n; d++) {
            min[d] = is.get(d).scale().min();
            span[d] = is.get(d).scale().range();
            ids[d] = is.get(d).id();
        }
        // one actor's positions and saliences at a time, in issue units, and its stances' issues in stance order
        double[] position = new double[n];
        double[] salience = new double[n];
        double[] ideal = new double[as.size() * n];
        double[] weight = new double[as.size() * n];
        int[] order = new int[n];
        int[] stances = new int[as.size()];
        for (int i = 0; i < as.size(); i++) {
            int count = 0;
            for (Map.Entry<String, Stance> e : as.get(i).stances().entrySet()) {
                int d = indexOf(ids, e.getKey());
                if (d >= 0) {
                    order[count++] = d;
                    position[d] = e.getValue().position();
                    salience[d] = e.getValue().salience();
                }
            }
            stances[i] = normalise(0, i * n, order, count, min, span, position, salience, ideal, weight);
        }
        return new SpatialUtility(s.loss(), min, span, ideal, weight, stances);
    }

    /**
     * One actor's ideal points on 0..100 and weights {@code s_d / sum s}, the saliences summed in stance order
     * ({@code order[0..count)}): read at {@code position[in + d]}, {@code salience[in + d]}, written at
     * {@code [out + d]}. Returns {@code count}.
     */
    private static int normalise(int in, int out, int[] order, int count, double[] min, double[] span,
                                 double[] position, double[] salience, double[] ideal, double[] weight) {
        double total = 0;
        for (int k = 0; k < count; k++) {
            total += salience[in + order[k]];
        }
        if (total > 0) {
            for (int k = 0; k < count; k++) {
                int d = order[k];
                ideal[out + d] = (position[in + d] - min[d]) * 100.0 / span[d];
                weight[out + d] = salience[in + d] / total;
            }
        }
        return count;
    }

    /** The first index of {@code id} in {@code ids}, or -1 (a scan: scenarios have few issues). */
    private static int indexOf(String[] ids, String id) {
        for (int d = 0; d < ids.length; d++) {
            if (id.equals(ids[d])) {
                return d;
            }
        }
        return -1;
    }

    /** Number of actors, in scenario order. */
    public int actors() {
        return actors;
    }

    /** Number of issues, in scenario order. */
    public int issues() {
        return issues;
    }

    /** Outcome value {@code x} of issue {@code d} on 0..100. */
    public double toPercent(int d, double x) {
        return (x - min[d]) * 100.0 / span[d];
    }

    /** A whole outcome, in issue units, mapped to 0..100 per issue. */
    public double[] toPercent(double[] outcome) {
        double[] p = new double[issues];
        for (int d = 0; d < issues; d++) {
            p[d] = toPercent(d, outcome[d]);
        }
        return p;
    }

    /** Actor {@code i}'s utility of an outcome given in issue units. */
    public double utility(int i, double[] outcome) {
        return utilityOfPercent(i, toPercent(outcome));
    }

    /** Actor {@code i}'s utility of an outcome already mapped to 0..100 per issue (the hot path). */
    public double utilityOfPercent(int i, double[] p) {
        int row = i * issues;
        double lossSum = 0;
        if (loss == Loss.LINEAR) {
            for (int d = 0; d < issues; d++) {
                lossSum += weight[row + d] * Math.abs(p[d] - ideal[row + d]);
            }
        } else {
            for (int d = 0; d < issues; d++) {
                double gap = p[d] - ideal[row + d];
                lossSum += weight[row + d] * gap * gap / 100.0;
            }
        }
        return 100.0 - lossSum;
    }

    /**
     * Actor {@code i}'s loss on issue {@code d} alone at position {@code p} (0..100), so that
     * {@code utilityOfPercent(i, p) = 100 - sum_d issueLoss(i, d, p_d)}: the utility is additive over issues.
     */
    public double issueLoss(int i, int d, double p) {
        double gap = p - ideal[i * issues + d];
        double w = weight[i * issues + d];
        return loss == Loss.LINEAR ? w * Math.abs(gap) : w * gap * gap / 100.0;
    }

    /** Actor {@code i}'s ideal point on issue {@code d}, on 0..100. */
    public double ideal(int i, int d) {
        return ideal[i * issues + d];
    }

    /** Actor {@code i}'s weight on issue {@code d}: its salience over the sum of its saliences (0 without stance). */
    public double weight(int i, int d) {
        return weight[i * issues + d];
    }

    /**
     * A proven bound on {@code |u_hat - u| + |rv_hat - rv|}, where {@code u_hat} is what {@link #utility} or
     * {@link #utilityOfPercent} returns for actor {@code i} at an outcome on the issues' scales (0..100 for the
     * percent form) and {@code u} the exact utility of the decimals the doubles stand for, and {@code rv_hat} the
     * double of reservation value {@code rv}. When {@code |u_hat - rv_hat|} exceeds it, the double comparison
     * decides {@code u >= rv} correctly; inside it, {@link ExactSpatial} decides. For the flagship it is about
     * {@code 7e-13} utility points.
     */
    public double errorBound(int i, double rv) {
        return errorBound[i] + 4 * UNIT * Math.abs(rv);
    }

    /** The loss function shared by every actor. */
    public Loss loss() {
        return loss;
    }

    /** Every actor's utility of an outcome in issue units, written into {@code out} (length = actors). */
    public void utilities(double[] outcome, double[] out) {
        double[] p = toPercent(outcome);
        for (int i = 0; i < actors; i++) {
            out[i] = utilityOfPercent(i, p);
        }
    }
}
