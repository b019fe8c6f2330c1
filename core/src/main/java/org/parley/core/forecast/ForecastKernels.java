package org.parley.core.forecast;

import java.util.Map;
import org.parley.core.forecast.bdm.BdmKernel;
import org.parley.core.forecast.compromise.CompromiseKernel;
import org.parley.core.params.BadParameterException;
import org.parley.core.params.Params;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.ScenarioInputs;

/**
 * The kernel of a named model: its own array kernel for compromise, median and bdm; for the others, the model run on
 * the scenario rebuilt from the vector ({@link ScenarioInputs#apply}), which gives the same numbers more slowly.
 */
public final class ForecastKernels {

    private ForecastKernels() {
    }

    /** The kernel of model {@code name} over the inputs of one scenario. */
    public static ForecastKernel of(String name, ScenarioInputs inputs) {
        return switch (name) {
            case "compromise" -> CompromiseKernel.mean(inputs);
            case "median" -> CompromiseKernel.median(inputs);
            case "bdm" -> new BdmKernel(inputs);
            default -> {
                ForecastModel m = ForecastModels.byName(name).orElseThrow(() -> new BadParameterException(
                        "unknown model '" + name + "'; expected one of " + ForecastModels.names()));
                yield new ScenarioKernel(m, inputs);
            }
        };
    }

    /** Any model, run on the rebuilt scenario. */
    private record ScenarioKernel(ForecastModel forecastModel, ScenarioInputs inputs) implements ForecastKernel {

        @Override
        public String model() {
            return forecastModel.name();
        }

        @Override
        public void forecast(double[] x, Map<String, String> params, double[] out) {
            Scenario s = inputs.apply(x);
            Forecast f = forecastModel.forecast(s, Params.of(params));
            for (int d = 0; d < out.length; d++) {
                Double v = f.forecast().get(s.issues().get(d).id());
                out[d] = v == null ? Double.NaN : v;
            }
        }
    }
}
