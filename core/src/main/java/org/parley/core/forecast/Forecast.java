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

    /** Refuses a forecast holding NaN or an infinity: no model may hand one on to be printed (that is a bug). */
    public Forecast {
        requireFinite(model, "forecast", forecast);
        if (statistics != null) {
            statistics.forEach((name, values) -> requireFinite(model, name, values));
        }
    }

    private static void requireFinite(String model, String what, Map<String, Double> values) {
        if (values == null) {
            return;
        }
        values.forEach((issue, x) -> {
            if (x != null && !Double.isFinite(x)) {
                throw new ArithmeticException("model " + model + " computed " + x + " as the " + what.replace('_', ' ')
                        + " of issue " + issue + "; a forecast must be a finite number");
            }
        });
    }
}
