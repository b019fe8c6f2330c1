package org.parley.core.verdict;

import java.util.List;
import java.util.Map;
import org.parley.core.deals.PackageVerdict;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Loss;
import org.parley.core.scenario.Package;
import org.parley.core.scenario.Scenario;
import org.parley.core.utility.Outcomes;
import org.parley.core.utility.SpatialUtility;

/**
 * The cheapest change of one term that makes every veto party accept a package. Holding the other terms, a veto
 * party's utility is concave in the one term ({@code u = C - w |q - x|}, or {@code C - w (q - x)^2 / 100} under
 * quadratic loss), so the values it accepts form an interval around its ideal point; the values every veto party
 * accepts are the intersection of those intervals, and the cheapest fix on that issue is the point of the
 * intersection nearest the package's term. Exact, O(issues^2 x veto parties). The fix is rounded away from the
 * package's term to a round value (0.1 on a 0-100 scale) when that keeps every veto party in, and every fix is
 * checked by reviewing the changed package with the acceptance rule of {@link org.parley.core.deals.PackageReview}.
 */
final class SingleIssueFixes {

    private SingleIssueFixes() {
    }

    /** The cheapest single-issue fix of a package some veto party blocks, or null when no single issue suffices. */
    static IssueFix cheapest(Scenario s, Package p, int[] veto, double[] weights) {
        SpatialUtility u = SpatialUtility.of(s);
        double[] pct = u.toPercent(Outcomes.of(s, p));
        Probe probe = new Probe(s, p);
        IssueFix best = null;
        for (int d = 0; d < pct.length; d++) {
            double[] range = accepted(s, u, pct, veto, d);
            if (range == null) {
                continue;
            }
            double target = Math.max(range[0], Math.min(range[1], pct[d]));
            if (target == pct[d]) {
                continue;
            }
            IssueFix fix = fix(s, probe, pct, d, target, range, weights == null ? 1 : weights[d]);
            if (fix != null && (best == null || fix.distance() < best.distance())) {
                best = fix;
            }
        }
        return best;
    }

    /** The interval of issue {@code d} (0..100) every veto party accepts with the other terms held, or null. */
    static double[] accepted(Scenario s, SpatialUtility u, double[] pct, int[] veto, int d) {
        double lo = 0;
        double hi = 100;
        for (int k : veto) {
            double r = s.actors().get(k).hasReservation() ? s.actors().get(k).reservation() : 0;
            double c = 100;
            for (int e = 0; e < pct.length; e++) {
                if (e != d) {
                    c -= u.issueLoss(k, e, pct[e]);
                }
            }
            double slack = c - r;
            double w = u.weight(k, d);
            if (slack < 0) {
                return null;
            }
            if (w == 0) {
                continue;
            }
            double radius = u.loss() == Loss.LINEAR ? slack / w : Math.sqrt(100 * slack / w);
            lo = Math.max(lo, u.ideal(k, d) - radius);
            hi = Math.min(hi, u.ideal(k, d) + radius);
        }
        return lo <= hi ? new double[] {lo, hi} : null;
    }

    private static IssueFix fix(Scenario s, Probe probe, double[] pct, int d, double target, double[] range,
                                double weight) {
        Issue issue = s.issues().get(d);
        double from = issue.scale().fromPercent(pct[d]);
        double exact = issue.scale().fromPercent(target);
        double step = Rounding.step(issue.scale().range());
        boolean up = target > pct[d];
        double round = up ? Rounding.up(exact, step) : Rounding.down(exact, step);
        for (double to : new double[] {round, exact, up ? exact + step / 100 : exact - step / 100}) {
            double toPct = issue.scale().toPercent(to);
            if (toPct < range[0] - 1e-9 || toPct > range[1] + 1e-9 || toPct < 0 || toPct > 100) {
                continue;
            }
            PackageVerdict v = probe.withTerms(Map.of(issue.id(), to));
            if (v.blockedBy().isEmpty()) {
                double distance = Math.abs(toPct - pct[d]) * Math.sqrt(weight);
                return new IssueFix(List.of(issue.id()), Map.of(issue.id(), from), Map.of(issue.id(), to), distance,
                        Probe.vetoMargins(s, v), v.rejectedBy());
            }
        }
        return null;
    }
}
