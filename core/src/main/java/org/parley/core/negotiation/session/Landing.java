package org.parley.core.negotiation.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.deals.Solution;
import org.parley.core.outcomes.OutcomeSpace;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Package;
import org.parley.core.scenario.Scenario;
import org.parley.core.utility.Outcomes;
import org.parley.core.utility.SpatialUtility;

/**
 * Where a session on a Parley scenario landed: the agreed terms (issue to value; null without agreement) and, for
 * issues with anchors, in the scenario's words, whether
 * they are in the zone of agreement and which parties fall below their reservation value, the grid's Nash point
 * and the gap to it (mean over issues of the distance in percent of the scale), and the agreement next to every
 * named package, the nearest first in {@code nearestPackage}.
 */
public record Landing(Map<String, Double> outcome, Map<String, String> words, boolean inZone, List<String> belowReservation,
                      Map<String, Double> nash, Double nashGap, List<PackageComparison> packages,
                      String nearestPackage) {

    public Landing {
        outcome = outcome == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(outcome));
        words = words == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(words));
        belowReservation = List.copyOf(belowReservation);
        nash = nash == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(nash));
        packages = List.copyOf(packages);
    }

    /**
     * The landing of {@code bid} (grid value indices; null without agreement) with the parties' utilities and the
     * session's metrics (which tell whether it is in the zone, and who falls below).
     */
    static Landing of(Setting setting, int[] bid, double[] u, SessionMetrics m) {
        ScenarioFrame frame = setting.scenario();
        Scenario s = frame.scenario();
        OutcomeSpace space = setting.space();
        int[] actors = frame.actors();
        Map<String, Double> nash = null;
        double[] nashX = null;
        Solution ns = setting.solutions().get("nash");
        if (ns != null) {
            nashX = values(space, ns.point().outcome());
            nash = terms(s, nashX);
        }
        if (bid == null) {
            return new Landing(null, null, false, m.belowReservation(), nash, null, List.of(), null);
        }
        double[] x = values(space, bid);
        SpatialUtility su = SpatialUtility.of(s);
        List<PackageComparison> packages = new ArrayList<>();
        String nearest = null;
        double nearestGap = Double.POSITIVE_INFINITY;
        for (Package p : s.packages()) {
            double[] px = Outcomes.of(s, p);
            double gap = gap(s, x, px);
            Map<String, Double> pu = new LinkedHashMap<>();
            List<String> preferAgreement = new ArrayList<>();
            List<String> preferPackage = new ArrayList<>();
            for (int k = 0; k < actors.length; k++) {
                Actor a = s.actors().get(actors[k]);
                double v = su.utility(actors[k], px);
                pu.put(a.id(), v);
                if (u[k] > v) {
                    preferAgreement.add(a.id());
                } else if (v > u[k]) {
                    preferPackage.add(a.id());
                }
            }
            packages.add(new PackageComparison(p.id(), p.name(), gap, pu, preferAgreement, preferPackage));
            if (gap < nearestGap) {
                nearestGap = gap;
                nearest = p.id();
            }
        }
        Map<String, String> words = new LinkedHashMap<>();
        for (int d = 0; d < x.length; d++) {
            String w = s.issues().get(d).describe(x[d]);
            if (!w.isEmpty()) {
                words.put(s.issues().get(d).id(), w);
            }
        }
        return new Landing(terms(s, x), words, m.inZone(), m.belowReservation(), nash,
                nashX == null ? null : gap(s, x, nashX), packages, nearest);
    }

    private static double[] values(OutcomeSpace space, int[] bid) {
        double[] x = new double[bid.length];
        for (int d = 0; d < bid.length; d++) {
            x[d] = space.issues().get(d).number(bid[d]);
        }
        return x;
    }

    private static Map<String, Double> terms(Scenario s, double[] x) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int d = 0; d < x.length; d++) {
            m.put(s.issues().get(d).id(), x[d]);
        }
        return m;
    }

    /** The mean over issues of {@code |x_d - y_d|} in percent of the issue's scale. */
    static double gap(Scenario s, double[] x, double[] y) {
        double sum = 0;
        for (int d = 0; d < x.length; d++) {
            sum += Math.abs(x[d] - y[d]) * 100.0 / s.issues().get(d).scale().range();
        }
        return sum / x.length;
    }
}
