package org.parley.core.forecast;

import org.parley.core.params.Params;
import org.parley.core.scenario.Scenario;

/** A forecasting model that can also say why each actor moved. */
public interface TracedModel extends ForecastModel {

    /** The forecast with its trace and explanation. */
    Traced traced(Scenario scenario, Params params);
}
