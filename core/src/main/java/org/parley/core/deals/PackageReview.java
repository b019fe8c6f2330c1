package org.parley.core.deals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Package;
import org.parley.core.scenario.Scenario;
import org.parley.core.utility.Outcomes;
import org.parley.core.utility.ReservationMargins;
import org.parley.core.utility.SpatialUtility;

/**
 * Reviews the named packages of a scenario: each actor's utility and margin, who accepts and who rejects each
 * package, which veto parties block it, and each actor's favourite package. An actor accepts when
 * {@code u >= rv}, decided exactly at the boundary ({@link ReservationMargins}): a package worth exactly the
 * reservation value is accepted, with margin 0.
 */
public record PackageReview(List<PackageVerdict> packages, Map<String, String> favourites) {

    /** The review of every package of a validated scenario. O(packages x actors x issues). */
    public static PackageReview of(Scenario s) {
        SpatialUtility u = SpatialUtility.of(s);
        ReservationMargins exact = ReservationMargins.of(s, u);
        List<Actor> actors = s.actors();
        List<PackageVerdict> verdicts = new ArrayList<>();
        double[][] utility = new double[s.packages().size()][actors.size()];
        for (int k = 0; k < s.packages().size(); k++) {
            Package p = s.packages().get(k);
            double[] outcome = Outcomes.of(s, p);
            u.utilities(outcome, utility[k]);
            verdicts.add(verdict(s, p, outcome, utility[k], exact));
        }
        Map<String, String> favourites = new LinkedHashMap<>();
        for (int i = 0; i < actors.size() && !s.packages().isEmpty(); i++) {
            int best = 0;
            for (int k = 1; k < s.packages().size(); k++) {
                if (utility[k][i] > utility[best][i]) {
                    best = k;
                }
            }
            favourites.put(actors.get(i).id(), s.packages().get(best).id());
        }
        return new PackageReview(List.copyOf(verdicts), favourites);
    }

    private static PackageVerdict verdict(Scenario s, Package p, double[] outcome, double[] utility,
                                          ReservationMargins exact) {
        LinkedHashMap<String, Double> terms = new LinkedHashMap<>(capacity(outcome.length));
        for (int d = 0; d < outcome.length; d++) {
            terms.put(s.issues().get(d).id(), outcome[d]);
        }
        LinkedHashMap<String, Double> utilities = new LinkedHashMap<>(capacity(utility.length));
        LinkedHashMap<String, Double> margins = new LinkedHashMap<>(capacity(utility.length));
        ArrayList<String> accepted = new ArrayList<>(utility.length);
        ArrayList<String> rejected = new ArrayList<>(utility.length);
        ArrayList<String> undecided = new ArrayList<>(0);
        ArrayList<String> blocked = new ArrayList<>(0);
        for (int i = 0; i < utility.length; i++) {
            Actor a = s.actors().get(i);
            utilities.put(a.id(), utility[i]);
            if (!a.hasReservation()) {
                undecided.add(a.id());
                continue;
            }
            double margin = exact.margin(i, outcome, utility[i]);
            margins.put(a.id(), margin);
            if (margin >= 0) {
                accepted.add(a.id());
            } else {
                rejected.add(a.id());
                if (a.veto()) {
                    blocked.add(a.id());
                }
            }
        }
        return new PackageVerdict(p.id(), p.name(), Maps.frozen(terms), Maps.frozen(utilities), Maps.frozen(margins),
                Lists.frozen(accepted), Lists.frozen(rejected), Lists.frozen(undecided), Lists.frozen(blocked), null);
    }

    /** The initial capacity of a hash map that holds {@code n} entries without resizing. */
    private static int capacity(int n) {
        return n * 4 / 3 + 1;
    }

    /** A copy whose verdicts carry the repair {@code repair} gives for their package id. */
    public PackageReview withRepairs(java.util.function.Function<String, Repair> repair) {
        return new PackageReview(packages.stream().map(v -> v.withRepair(repair.apply(v.id()))).toList(), favourites);
    }

    /** The verdict on the package with the given id. */
    public PackageVerdict verdict(String packageId) {
        return packages.stream().filter(v -> v.id().equals(packageId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no package '" + packageId + "'"));
    }
}
