package org.parley.core.uncertainty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.core.params.BadParameterException;

/**
 * Options of a sweep: the forecasting model and its parameters, the number of draws (at most {@code maxDraws}), the
 * seed, which parts to compute (forecasts always; package acceptance; the zone of agreement), the histogram's bins
 * and whether to keep every draw in the result.
 */
public record SweepOptions(String model, Map<String, String> params, int draws, long seed, int maxDraws,
                           boolean packages, boolean zone, int bins, boolean keepDraws) {

    /** The default limit on draws; {@code --max-draws} raises it. */
    public static final int MAX_DRAWS = 100_000;

    public SweepOptions {
        params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
        if (maxDraws < 1) {
            throw new BadParameterException("--max-draws " + maxDraws + ": expected a positive number");
        }
        if (draws < 1 || draws > maxDraws) {
            throw new BadParameterException("--draws " + draws + ": expected 1 to " + maxDraws
                    + (draws > maxDraws ? " (raise the limit with --max-draws)" : ""));
        }
        if (bins < 1 || bins > 1000) {
            throw new BadParameterException("--bins " + bins + ": expected 1 to 1000");
        }
    }

    /** 1,000 draws of {@code model} with seed 1, every part, 20 bins, summaries only. */
    public static SweepOptions defaults(String model) {
        return new SweepOptions(model, Map.of(), 1000, 1, MAX_DRAWS, true, true, 20, false);
    }

    /** A copy with another number of draws. */
    public SweepOptions withDraws(int n) {
        return new SweepOptions(model, params, n, seed, maxDraws, packages, zone, bins, keepDraws);
    }

    /** A copy with another seed. */
    public SweepOptions withSeed(long s) {
        return new SweepOptions(model, params, draws, s, maxDraws, packages, zone, bins, keepDraws);
    }

    /** A copy computing (or not) the package acceptance and the zone of agreement. */
    public SweepOptions withParts(boolean withPackages, boolean withZone) {
        return new SweepOptions(model, params, draws, seed, maxDraws, withPackages, withZone, bins, keepDraws);
    }

    /** A copy keeping (or not) every draw in the result. */
    public SweepOptions withKeepDraws(boolean keep) {
        return new SweepOptions(model, params, draws, seed, maxDraws, packages, zone, bins, keep);
    }
}
