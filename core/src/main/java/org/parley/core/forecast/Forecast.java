package org.parley.core.forecast;

import java.util.List;
import java.util.Map;

/**
 * The result of a forecasting model: the rounds (actor positions per issue, in issue units), the forecast outcome
 * per issue, which statistic is the headline, the weighted mean and median of the final positions, and the
 * parameters the model ran with.
 */
public record Forecast(String model, List<String> issues, List<ForecastRound> rounds, Map<String, Double> forecast,
                       String headline, Map<String, Map<String, Double>> statistics, Map<String, Object> params) {
}
