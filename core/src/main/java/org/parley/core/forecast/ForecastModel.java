package org.parley.core.forecast;

import org.parley.core.params.Params;
import org.parley.core.scenario.Scenario;

/** A forecasting model: a pure function from a validated scenario and parameters to a forecast. */
public interface ForecastModel {

    /** The model's name on the command line and in results. */
    String name();

    /** The forecast for the scenario; throws {@link org.parley.core.params.BadParameterException} on bad params. */
    Forecast forecast(Scenario scenario, Params params);

    /**
     * Refuses, cheaply and before any work, a scenario larger than this model takes (its limits on actors, issues
     * or candidates), with an {@link org.parley.core.scenario.InvalidScenarioException} that names the limit; the
     * default takes everything. Callers that run several models check them all first, so that no model's work is
     * wasted on a scenario another will refuse.
     */
    default void requireFits(Scenario scenario) {
    }
}
