package org.parley.core.verdict;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.deals.PackageVerdict;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Loss;
import org.parley.core.scenario.Package;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Stance;
import org.parley.core.utility.Outcomes;
import org.parley.core.utility.SpatialUtility;

/**
 * The judgements a close verdict hinges on, with their exact break-even values. A veto party decides a package's
 * verdict when it is the only blocker, or when the package passes; if its margin is under the fragility threshold,
 * the verdict flips when its no-deal value crosses its utility of the package, or when its salience on one issue
 * crosses {@code sigma* = ((100 - r) S - A) / (L_d - (100 - r))}, where {@code S} and {@code A} are the sum of its
 * other saliences and of their salience-weighted losses, and {@code L_d} its loss on the issue (0-100 points):
 * the root of {@code 100 - (A + sigma L_d) / (S + sigma) = r}. The salience hinge given is the issue whose
 * break-even lies nearest the salience now, within 0-100.
 */
final class Hinges {

    private Hinges() {
    }

    /** The hinges of a package's verdict under margin {@code fragile}; empty when the verdict is not close. */
    static List<Hinge> of(Scenario s, Package p, PackageVerdict v, double fragile) {
        List<Hinge> out = new ArrayList<>();
        boolean passes = v.blockedBy().isEmpty();
        List<String> deciders = new ArrayList<>();
        if (!passes && v.blockedBy().size() == 1) {
            deciders.add(v.blockedBy().get(0));
        } else if (passes) {
            for (Actor a : s.actors()) {
                if (a.veto() && v.margins().containsKey(a.id())) {
                    deciders.add(a.id());
                }
            }
        }
        Probe probe = new Probe(s, p);
        for (String id : deciders) {
            double margin = v.margins().get(id);
            if (Math.abs(margin) >= fragile) {
                continue;
            }
            Actor a = s.actor(id).orElseThrow();
            reservation(probe, a, v.utilities().get(id), passes, out);
            salience(s, p, probe, a, passes, out);
        }
        return out;
    }

    private static void reservation(Probe probe, Actor a, double utility, boolean passes, List<Hinge> out) {
        double step = 0.1;
        double breakEven = passes ? Rounding.above(utility, step) : Rounding.down(utility, step);
        if (passes == probe.withReservation(a.id(), breakEven).blockedBy().isEmpty()) {
            return;
        }
        out.add(new Hinge(a.id(), "reservation", null, a.reservation(), breakEven, passes ? "fails" : "passes"));
    }

    private static void salience(Scenario s, Package p, Probe probe, Actor a, boolean passes, List<Hinge> out) {
        int i = s.actors().indexOf(a);
        SpatialUtility u = SpatialUtility.of(s);
        double[] pct = u.toPercent(Outcomes.of(s, p));
        double r = a.reservation();
        Hinge best = null;
        for (int d = 0; d < pct.length; d++) {
            Issue issue = s.issues().get(d);
            Stance st = a.stances().get(issue.id());
            if (st == null) {
                continue;
            }
            double sum = 0;
            double weighted = 0;
            for (int e = 0; e < pct.length; e++) {
                Stance other = a.stances().get(s.issues().get(e).id());
                if (e != d && other != null) {
                    sum += other.salience();
                    weighted += other.salience() * loss(u, i, e, pct[e]);
                }
            }
            double denominator = loss(u, i, d, pct[d]) - (100 - r);
            if (denominator == 0) {
                continue;
            }
            double sigma = ((100 - r) * sum - weighted) / denominator;
            if (!(sigma >= 0 && sigma <= 100) || sigma == st.salience()) {
                continue;
            }
            double rounded = sigma > st.salience() ? Rounding.up(sigma, 0.1) : Rounding.down(sigma, 0.1);
            for (double candidate : new double[] {rounded, sigma > st.salience() ? Rounding.above(sigma, 0.1)
                    : Rounding.below(sigma, 0.1)}) {
                if (candidate < 0 || candidate > 100) {
                    continue;
                }
                boolean flipped = passes != probe.withSalience(a.id(), issue.id(), candidate).blockedBy().isEmpty();
                if (flipped) {
                    Hinge h = new Hinge(a.id(), "salience", issue.id(), st.salience(), candidate,
                            passes ? "fails" : "passes");
                    if (best == null || Math.abs(candidate - st.salience()) < Math.abs(best.breakEven() - best.now())) {
                        best = h;
                    }
                    break;
                }
            }
        }
        if (best != null) {
            out.add(best);
        }
    }

    /** The actor's loss on issue {@code d} per unit of weight, in utility points (0-100). */
    private static double loss(SpatialUtility u, int i, int d, double p) {
        double gap = p - u.ideal(i, d);
        return u.loss() == Loss.LINEAR ? Math.abs(gap) : gap * gap / 100.0;
    }
}
