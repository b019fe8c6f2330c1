package org.parley.core.backtest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One issue's line of a backtest: ids, the part of the split it fell in ({@code all} without a split), outcome,
 * reference point, number of actors, and per model the forecast and the absolute error (a model that abstained has
 * neither) and whether its forecast did not settle.
 */
public record IssueRow(String issue, String proposal, String part, double outcome, Double referencePoint, int actors,
                       Map<String, Double> predictions, Map<String, Double> errors, List<String> notSettled) {

    public IssueRow {
        predictions = Collections.unmodifiableMap(new LinkedHashMap<>(predictions));
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        notSettled = List.copyOf(notSettled);
    }
}
