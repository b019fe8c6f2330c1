package org.parley.core.backtest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.core.backtest.stats.ErrorMetrics;
import org.parley.core.backtest.stats.PairedComparison;

/**
 * One model's score on one part of a data set: how many issues it was given, scored and abstained on (with the
 * model's reason per issue), how many of its forecasts did not settle, its error metrics on every scored issue and on
 * those with a reference point, and its paired comparison with the compromise model (absent for the compromise
 * model itself).
 */
public record ModelScore(String model, String unit, int issues, int scored, int abstained, int notSettled,
                         ErrorMetrics metrics, ErrorMetrics withReferencePoint, PairedComparison vsCompromise,
                         Map<String, String> abstentions) {

    public ModelScore {
        abstentions = Collections.unmodifiableMap(new LinkedHashMap<>(abstentions));
    }
}
