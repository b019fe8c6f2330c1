package org.parley.core.forecast;

import java.util.List;
import org.parley.core.params.Params;
import org.parley.core.scenario.Scenario;

/** A forecasting model that can also say why each actor moved. */
public interface TracedModel extends ForecastModel {

    /** The forecast with its trace and explanation. */
    Traced traced(Scenario scenario, Params params);

    /** The traced run when {@code keepTrace} is set, else the forecast alone (keeping a trace costs time). */
    @Override
    default Traced traced(Scenario scenario, Params params, boolean keepTrace) {
        return keepTrace ? traced(scenario, params) : new Traced(forecast(scenario, params), null, List.of());
    }
}
