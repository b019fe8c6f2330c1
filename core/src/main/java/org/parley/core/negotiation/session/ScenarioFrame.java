package org.parley.core.negotiation.session;

import org.parley.core.outcomes.OutcomeSpace;
import org.parley.core.scenario.Scenario;

/**
 * Where a setting comes from when it is a Parley scenario: the scenario, the grid (values per issue), the actors
 * who negotiate (indices in scenario order) and the gridded space, so that results can be related to the
 * scenario's packages.
 */
public record ScenarioFrame(Scenario scenario, int grid, int[] actors, OutcomeSpace space) {

    public ScenarioFrame {
        actors = actors.clone();
    }

    @Override
    public int[] actors() {
        return actors.clone();
    }
}
