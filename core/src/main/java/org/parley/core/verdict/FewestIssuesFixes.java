package org.parley.core.verdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.deals.PackageRepair;
import org.parley.core.deals.PackageVerdict;
import org.parley.core.deals.RestrictedRepair;
import org.parley.core.deals.SolverBudgets;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Package;
import org.parley.core.scenario.Scenario;
import org.parley.core.utility.Outcomes;
import org.parley.core.utility.SpatialUtility;

/**
 * When no single term can bring every veto party in: the change of the fewest terms that can, and among the sets of
 * that size the one nearest to the package (the repair's distance). Every set of two issues is tried, then of three,
 * and so on, each by the {@link RestrictedRepair} of the package in those issues; a set of every issue is the full
 * repair and is left to it. Each fix is checked by reviewing the changed package ({@link Probe}). At most
 * {@link #MAX_SETS} sets are tried, so a scenario with very many issues may get no answer here (the repair still
 * gives one).
 */
final class FewestIssuesFixes {

    /** The most issue sets tried per package (each one linear program and one projection). */
    static final int MAX_SETS = 2_000;
    private static final double MARGIN = 0.05;

    private FewestIssuesFixes() {
    }

    /** The fix of the fewest issues (at least two, fewer than all), or null when none is found. */
    static IssueFix of(Scenario s, Package p, int[] veto, double[] weights, SolverBudgets budgets) {
        SpatialUtility u = SpatialUtility.of(s);
        double[] from = u.toPercent(Outcomes.of(s, p));
        int dims = from.length;
        double[] rv = PackageRepair.reservations(s, veto);
        Probe probe = new Probe(s, p);
        int tried = 0;
        for (int size = 2; size < dims; size++) {
            IssueFix best = null;
            int[] set = new int[size];
            for (int j = 0; j < size; j++) {
                set[j] = j;
            }
            do {
                if (++tried > MAX_SETS) {
                    return best;
                }
                boolean[] free = new boolean[dims];
                for (int d : set) {
                    free[d] = true;
                }
                double[] q = RestrictedRepair.nearest(u, veto, rv, from, free, weights, MARGIN, budgets);
                IssueFix fix = q == null ? null : fix(s, probe, from, q, set, weights);
                if (fix != null && (best == null || fix.distance() < best.distance())) {
                    best = fix;
                }
            } while (next(set, dims));
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    /** The fix moving the issues of {@code set} to {@code q} (0..100), rounded to 0.1 when that still passes. */
    private static IssueFix fix(Scenario s, Probe probe, double[] from, double[] q, int[] set, double[] weights) {
        for (boolean round : new boolean[] {true, false}) {
            Map<String, Double> to = new LinkedHashMap<>();
            Map<String, Double> was = new LinkedHashMap<>();
            List<String> issues = new ArrayList<>();
            double distance = 0;
            for (int d : set) {
                Issue issue = s.issues().get(d);
                double value = issue.scale().fromPercent(q[d]);
                if (round) {
                    value = Rounding.nearest(value, Rounding.step(issue.scale().range()));
                }
                double pct = issue.scale().toPercent(value);
                if (Math.abs(pct - from[d]) < 1e-9) {
                    continue;
                }
                issues.add(issue.id());
                was.put(issue.id(), issue.scale().fromPercent(from[d]));
                to.put(issue.id(), value);
                distance += (weights == null ? 1 : weights[d]) * (pct - from[d]) * (pct - from[d]);
            }
            if (issues.size() < set.length) {
                continue;
            }
            PackageVerdict v = probe.withTerms(to);
            if (v.blockedBy().isEmpty()) {
                return new IssueFix(issues, was, to, Math.sqrt(distance), Probe.vetoMargins(s, v), v.rejectedBy());
            }
        }
        return null;
    }

    /** The next set of the same size in lexicographic order; false after the last. */
    private static boolean next(int[] set, int n) {
        int k = set.length;
        int i = k - 1;
        while (i >= 0 && set[i] == n - k + i) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        set[i]++;
        for (int j = i + 1; j < k; j++) {
            set[j] = set[j - 1] + 1;
        }
        return true;
    }
}
