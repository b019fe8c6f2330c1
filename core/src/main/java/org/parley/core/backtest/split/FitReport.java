package org.parley.core.backtest.split;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What fitting chose: the model, the parameter values with the lowest train MAE, that MAE, how many candidate
 * settings were tried and on how many train issues.
 */
public record FitReport(String model, Map<String, Double> parameters, double trainMae, int candidates,
                        int trainIssues) {

    public FitReport {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
