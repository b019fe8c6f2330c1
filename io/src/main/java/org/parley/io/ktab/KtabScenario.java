package org.parley.io.ktab;

import java.util.List;
import java.util.Map;
import org.parley.core.forecast.smp.Accommodation;
import org.parley.core.scenario.Scenario;

/**
 * A KTAB XML scenario: the scenario itself, the SMP switches it sets (as {@code --set} keys and Parley's words;
 * empty when the file has no {@code ModelParameters}), its seed, its ideal-adjustment (accommodation) matrix in
 * actor order, and warnings about what was assumed.
 */
public record KtabScenario(Scenario scenario, Map<String, String> params, long seed, Accommodation accommodation,
                           List<String> warnings) {

    public KtabScenario {
        params = Map.copyOf(params);
        warnings = List.copyOf(warnings);
    }
}
