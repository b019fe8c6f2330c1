package org.parley.core.deals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.optim.LinearSolver;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Package;
import org.parley.core.scenario.Scenario;
import org.parley.core.utility.ExactSpatial;
import org.parley.core.utility.Outcomes;
import org.parley.core.utility.ReservationMargins;
import org.parley.core.utility.SpatialUtility;

/**
 * Repairs a package (linear loss): the package {@code q} nearest to it in weighted Euclidean distance
 * {@code sqrt(sum_d c_d (q_d - p_d)^2)} (0..100 per issue) with {@code u_k(q) >= rv_k + margin} for every veto
 * party {@code k}, found by projection ({@link NearestPoint}). Whether any such package exists is decided first by
 * the max-min linear program ({@link ContinuousSolutions#maxMin}): a negative optimum proves the zone of agreement
 * empty, and its maximiser is the closest miss.
 * The repaired terms are rounded to 0.1 on the 0..100 scale when that keeps every veto party in.
 */
public final class PackageRepair {

    private PackageRepair() {
    }

    /**
     * The repair of package {@code p}; {@code weights} per issue (null = all 1), {@code margin} the safety margin in
     * utility points each veto party must clear.
     */
    public static Repair of(Scenario s, Package p, int[] veto, double[] weights, double margin,
                            SolverBudgets budgets) {
        return of(s, p, veto, weights, margin, ContinuousSolutions.maxMin(s, veto, reservations(s, veto), budgets,
                LinearSolver.standard()),
                budgets);
    }

    /**
     * As {@link #of(Scenario, Package, int[], double[], double, SolverBudgets)}, with the max-min point of the veto
     * parties already solved (it does not depend on the package, so a review of several packages solves it once).
     */
    public static Repair of(Scenario s, Package p, int[] veto, double[] weights, double margin,
                            ContinuousPoint best, SolverBudgets budgets) {
        SpatialUtility u = SpatialUtility.of(s);
        int dims = s.issues().size();
        double[] c = weights == null ? ones(dims) : weights.clone();
        double[] from = u.toPercent(Outcomes.of(s, p));
        double[] rv = reservations(s, veto);
        if (best.objective() < 0) {
            return closestMiss(s, u, p, veto, rv, best);
        }
        double m = Math.min(margin, best.objective() / 2);
        double[] q = NearestPoint.project(u, veto, rv, m, from, c, budgets.repairProjectionRounds());
        double[] rounded = new double[dims];
        for (int d = 0; d < dims; d++) {
            rounded[d] = Math.round(q[d] * 10) / 10.0;
        }
        ReservationMargins exact = ReservationMargins.of(s, u);
        if (accepted(s, u, exact, veto, rounded)) {
            q = rounded;
        }
        double distance = 0;
        List<String> changed = new ArrayList<>();
        Map<String, Double> outcome = new LinkedHashMap<>();
        for (int d = 0; d < dims; d++) {
            distance += c[d] * (q[d] - from[d]) * (q[d] - from[d]);
            if (Math.abs(q[d] - from[d]) > 1e-6) {
                changed.add(s.issues().get(d).id());
            }
            outcome.put(s.issues().get(d).id(), ExactSpatial.fromPercent(s.issues().get(d).scale(), q[d]));
        }
        Map<String, Double> utilities = new LinkedHashMap<>();
        Map<String, Double> margins = new LinkedHashMap<>();
        for (int i = 0; i < s.actors().size(); i++) {
            Actor a = s.actors().get(i);
            double ui = u.utilityOfPercent(i, q);
            utilities.put(a.id(), ui);
            if (a.hasReservation()) {
                margins.put(a.id(), exact.marginOfPercent(i, q, ui));
            }
        }
        distance = Math.sqrt(distance);
        String statement = changed.isEmpty() ? "already accepted by every veto party"
                : "nearest package every veto party accepts: change " + String.join(", ", changed)
                  + " (distance " + String.format(java.util.Locale.ROOT, "%.1f", distance) + " scale points)";
        return new Repair(p.id(), true, outcome, utilities, margins, distance, changed, statement);
    }

    /** Each veto party's reservation value (0 when it has none): the disagreement point of the repair. */
    public static double[] reservations(Scenario s, int[] veto) {
        double[] rv = new double[veto.length];
        for (int k = 0; k < veto.length; k++) {
            Actor a = s.actors().get(veto[k]);
            rv[k] = a.hasReservation() ? a.reservation() : 0;
        }
        return rv;
    }

    private static Repair closestMiss(Scenario s, SpatialUtility u, Package p, int[] veto, double[] rv,
                                      ContinuousPoint miss) {
        Map<String, Double> outcome = new LinkedHashMap<>();
        double[] q = new double[s.issues().size()];
        for (int d = 0; d < q.length; d++) {
            outcome.put(s.issues().get(d).id(), miss.outcome()[d]);
            q[d] = u.toPercent(d, miss.outcome()[d]);
        }
        Map<String, Double> utilities = new LinkedHashMap<>();
        Map<String, Double> margins = new LinkedHashMap<>();
        List<String> short_ = new ArrayList<>();
        for (int k = 0; k < veto.length; k++) {
            Actor a = s.actors().get(veto[k]);
            double ui = u.utilityOfPercent(veto[k], q);
            utilities.put(a.id(), ui);
            margins.put(a.id(), ui - rv[k]);
            if (ui - rv[k] < -1e-9) {
                short_.add(a.id() + " by " + String.format(java.util.Locale.ROOT, "%.1f", rv[k] - ui));
            }
        }
        String statement = "no package satisfies every veto party: the zone of agreement is empty, because even the "
                + "package that does best for the worst-off veto party leaves it "
                + String.format(java.util.Locale.ROOT, "%.1f", -miss.objective()) + " points below its no-deal value"
                + " (closest miss: " + String.join(", ", short_) + " short)";
        return new Repair(p.id(), false, outcome, utilities, margins, Double.NaN, List.of(), statement);
    }

    /**
     * Whether every veto party accepts the point {@code q} (0..100 per issue), decided exactly at the boundary; a veto
     * party without a reservation value counts as 0 there, which every point on the scales satisfies.
     */
    private static boolean accepted(Scenario s, SpatialUtility u, ReservationMargins exact, int[] veto, double[] q) {
        for (int k : veto) {
            if (s.actors().get(k).hasReservation() && exact.marginOfPercent(k, q, u.utilityOfPercent(k, q)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static double[] ones(int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1);
        return w;
    }
}
