package org.parley.core.verdict;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.deals.PackageReview;
import org.parley.core.deals.PackageVerdict;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Package;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Stance;

/**
 * Checks a claim the verdict is about to make by applying it: the package reviewed again, after a change of its
 * terms or of an actor's judgement, with the same acceptance rule every view uses ({@link PackageReview}).
 */
final class Probe {

    private final Scenario scenario;
    private final Package pkg;

    Probe(Scenario scenario, Package pkg) {
        this.scenario = scenario;
        this.pkg = pkg;
    }

    /** The verdict on the package with some terms replaced (issue id to value, issue units). */
    PackageVerdict withTerms(Map<String, Double> terms) {
        Map<String, Double> t = new LinkedHashMap<>(pkg.terms());
        t.putAll(terms);
        return review(scenario, new Package(pkg.id(), pkg.name(), pkg.description(), t));
    }

    /** The verdict on the package when {@code actor}'s no-deal value is {@code r}. */
    PackageVerdict withReservation(String actor, double r) {
        return review(replace(actor, a -> a.withReservation(r)), pkg);
    }

    /** The verdict on the package when {@code actor}'s salience on {@code issue} is {@code salience}. */
    PackageVerdict withSalience(String actor, String issue, double salience) {
        return review(replace(actor, a -> {
            Map<String, Stance> st = new LinkedHashMap<>(a.stances());
            Stance old = st.get(issue);
            st.put(issue, new Stance(old.position(), salience, old.note(), old.basis(), old.sources()));
            return a.withStances(st);
        }), pkg);
    }

    private Scenario replace(String actor, java.util.function.UnaryOperator<Actor> change) {
        return scenario.withActors(scenario.actors().stream().map(a -> a.id().equals(actor) ? change.apply(a) : a)
                .toList());
    }

    /** The margins of the veto parties in a verdict, in the verdict's order. */
    static Map<String, Double> vetoMargins(Scenario s, PackageVerdict v) {
        Map<String, Double> margins = new LinkedHashMap<>();
        v.margins().forEach((id, m) -> {
            if (s.actor(id).orElseThrow().veto()) {
                margins.put(id, m);
            }
        });
        return margins;
    }

    private static PackageVerdict review(Scenario s, Package p) {
        return PackageReview.of(s.withPackages(List.of(p))).packages().get(0);
    }
}
