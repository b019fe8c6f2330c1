package org.parley.core.forecast;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of a forecasting model: the rounds (actor positions per issue, in issue units), the forecast outcome
 * per issue, which statistic is the headline, the weighted mean and median of the final positions, the parameters
 * the model ran with, and whether the forecast came to rest on each issue ({@link Convergence}, never null: a
 * forecast that did not settle is a range, not a point).
 */
public record Forecast(String model, List<String> issues, List<ForecastRound> rounds, Map<String, Double> forecast,
                       String headline, Map<String, Map<String, Double>> statistics, Map<String, Object> params,
                       Convergence convergence) {

    public Forecast {
        Objects.requireNonNull(convergence, "convergence");
    }
}
