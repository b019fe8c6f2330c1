package org.parley.core.forecast;

import java.util.List;
import java.util.Set;
import org.parley.core.params.Params;
import org.parley.core.scenario.Scenario;

/** A forecasting model: a pure function from a validated scenario and parameters to a forecast. */
public interface ForecastModel {

    /** The model's name on the command line and in results. */
    String name();

    /** The {@code --set} keys the model reads (empty when it takes none). */
    Set<String> parameters();

    /** The forecast for the scenario; throws {@link org.parley.core.params.BadParameterException} on bad params. */
    Forecast forecast(Scenario scenario, Params params);

    /**
     * The forecast with the model's notes on how it adapted the scenario and, when {@code keepTrace} is set and the
     * model keeps one, its trace and explanation: what a front end shows. By default the forecast alone.
     */
    default Traced traced(Scenario scenario, Params params, boolean keepTrace) {
        return new Traced(forecast(scenario, params), null, List.of());
    }

    /**
     * Refuses, cheaply and before any work, a scenario larger than this model takes (its limits on actors, issues
     * or candidates), with an {@link org.parley.core.scenario.InvalidScenarioException} that names the limit; the
     * default takes everything. Callers that run several models check them all first, so that no model's work is
     * wasted on a scenario another will refuse.
     */
    default void requireFits(Scenario scenario) {
    }

    /**
     * Why this model does not apply to the scenario at all, whatever its size (SMP: an actor with capability 0 has no
     * vote to weigh), as problems by path; empty when it applies, the default. A model that does not apply is left out
     * of {@code analyze} and {@code --model all} with a note; asked for by name it is refused ({@link #requireFits}).
     */
    default List<org.parley.core.scenario.Problem> inapplicable(Scenario scenario) {
        return List.of();
    }
}
