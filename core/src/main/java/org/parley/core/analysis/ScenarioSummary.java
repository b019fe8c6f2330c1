package org.parley.core.analysis;

import java.util.List;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Package;
import org.parley.core.scenario.Scenario;

/**
 * Which scenario an analysis is of: its name and date, the ids of its actors, issues and packages in scenario order,
 * the loss function of its utilities, and the veto parties whose signature a deal needs.
 */
public record ScenarioSummary(String name, String asOf, List<String> actors, List<String> issues,
                              List<String> packages, String loss, List<String> vetoParties) {

    public ScenarioSummary {
        actors = List.copyOf(actors);
        issues = List.copyOf(issues);
        packages = List.copyOf(packages);
        vetoParties = List.copyOf(vetoParties);
    }

    /** The summary of a validated scenario. */
    public static ScenarioSummary of(Scenario s) {
        List<String> veto = new java.util.ArrayList<>();
        for (int a : org.parley.core.deals.ScenarioGrid.vetoParties(s)) {
            veto.add(s.actors().get(a).id());
        }
        return new ScenarioSummary(s.name(), s.asOf(), s.actors().stream().map(Actor::id).toList(),
                s.issues().stream().map(Issue::id).toList(), s.packages().stream().map(Package::id).toList(),
                s.loss().word(), veto);
    }
}
