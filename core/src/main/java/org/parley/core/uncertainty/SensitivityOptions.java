package org.parley.core.uncertainty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.core.params.BadParameterException;

/**
 * Options of a sensitivity analysis: the forecasting model and its parameters, the Monte Carlo sample size N for the
 * global measures (Saltelli's design costs N x (top + 2) evaluations), the seed, how many leading inputs (by tornado
 * swing) get Sobol indices, and the bootstrap resamples of their intervals.
 */
public record SensitivityOptions(String model, Map<String, String> params, int draws, long seed, int maxDraws,
                                 int top, int resamples) {

    public SensitivityOptions {
        params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
        if (maxDraws < 1) {
            throw new BadParameterException("--max-draws " + maxDraws + ": expected a positive number");
        }
        if (draws < 10 || draws > maxDraws) {
            throw new BadParameterException("--draws " + draws + ": expected 10 to " + maxDraws
                    + (draws > maxDraws ? " (raise the limit with --max-draws)" : ""));
        }
        if (top < 0 || top > 100) {
            throw new BadParameterException("--top " + top + ": expected 0 to 100 inputs");
        }
        if (resamples < 10 || resamples > 10_000) {
            throw new BadParameterException("--resamples " + resamples + ": expected 10 to 10000");
        }
    }

    /** 1,000 draws of {@code model}, seed 1, Sobol indices for the 8 leading inputs, 200 resamples. */
    public static SensitivityOptions defaults(String model) {
        return new SensitivityOptions(model, Map.of(), 1000, 1, SweepOptions.MAX_DRAWS, 8, 200);
    }

    /** A copy with another seed. */
    public SensitivityOptions withSeed(long s) {
        return new SensitivityOptions(model, params, draws, s, maxDraws, top, resamples);
    }
}
