package org.parley.core.negotiation.session;

import org.parley.core.scenario.Scenario;

/**
 * Where a setting comes from when it is a Parley scenario: the scenario, the grid (values per issue) and the actors
 * who negotiate (indices in scenario order), so that results can be related to the scenario's packages. The
 * gridded space is the setting's.
 */
public record ScenarioFrame(Scenario scenario, int grid, int[] actors) {

    public ScenarioFrame {
        actors = actors.clone();
    }

    @Override
    public int[] actors() {
        return actors.clone();
    }
}
