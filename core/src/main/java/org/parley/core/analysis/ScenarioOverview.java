package org.parley.core.analysis;

import java.util.List;
import java.util.Map;
import org.parley.core.deals.PackageReview;
import org.parley.core.deals.PackageVerdict;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scenario;

/**
 * What {@code parley show} gives: the scenario's issues and actors with their stances, the verdict on every package
 * and each actor's favourite package.
 */
public record ScenarioOverview(String scenario, List<Issue> issues, List<Actor> actors,
                               List<PackageVerdict> packages, Map<String, String> favourites) {

    public ScenarioOverview {
        issues = List.copyOf(issues);
        actors = List.copyOf(actors);
        packages = List.copyOf(packages);
        favourites = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(favourites));
    }

    /** The overview of a validated scenario. */
    public static ScenarioOverview of(Scenario s) {
        PackageReview review = PackageReview.of(s);
        return new ScenarioOverview(s.name(), s.issues(), s.actors(), review.packages(), review.favourites());
    }
}
