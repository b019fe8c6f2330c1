package org.parley.core.backtest;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One model's forecasts for a list of issues, aligned with it: the forecast (NaN where the model abstained), whether
 * the forecast settled, and why the model abstained where it did (issue id to reason).
 */
public final class Predictions {

    private final String model;
    private final double[] values;
    private final boolean[] settled;
    private final Map<String, String> abstentions;

    /** Arrays are copied. */
    public Predictions(String model, double[] values, boolean[] settled, Map<String, String> abstentions) {
        if (values.length != settled.length) {
            throw new IllegalArgumentException(values.length + " values and " + settled.length + " settled flags");
        }
        this.model = model;
        this.values = values.clone();
        this.settled = settled.clone();
        this.abstentions = Collections.unmodifiableMap(new LinkedHashMap<>(abstentions));
    }

    /** The model's name. */
    public String model() {
        return model;
    }

    /** The number of issues. */
    public int size() {
        return values.length;
    }

    /** The forecast for issue i, NaN when the model abstained. */
    public double value(int i) {
        return values[i];
    }

    /** Whether the model forecast issue i. */
    public boolean scored(int i) {
        return !Double.isNaN(values[i]);
    }

    /** Whether the forecast for issue i settled (always true for one-shot models). */
    public boolean settled(int i) {
        return settled[i];
    }

    /** Issue id to the reason the model abstained, in issue order. */
    public Map<String, String> abstentions() {
        return abstentions;
    }

    @Override
    public String toString() {
        return model + Arrays.toString(values);
    }
}
