package org.parley.core.forecast;

import java.util.Map;

/**
 * A model's forecast computed straight from a scenario's input vector ({@link org.parley.core.scenario.ScenarioInputs}):
 * no records are built for the models that have a kernel of their own, so that thousands of perturbed runs cost
 * little more than the arithmetic. Gives the same numbers as the model's {@link ForecastModel#forecast} on the
 * scenario the vector describes. Implementations are thread-safe.
 */
public interface ForecastKernel {

    /** The model's name. */
    String model();

    /**
     * Writes the forecast of every issue (issue units, scenario order) under inputs {@code x} and model parameters
     * {@code params} (as given to {@code --set}) into {@code out}.
     */
    void forecast(double[] x, Map<String, String> params, double[] out);
}
