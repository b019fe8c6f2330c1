package org.parley.io.ktab;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.forecast.smp.Accommodation;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Scenario;

/**
 * A KTAB XML scenario: the scenario itself, the SMP switches it sets (as {@code --set} keys and Parley's words;
 * empty when the file has no {@code ModelParameters}), its seed, its ideal-adjustment (accommodation) matrix in
 * actor order, and warnings about what was assumed.
 */
public record KtabScenario(Scenario scenario, Map<String, String> params, long seed, Accommodation accommodation,
                           List<String> warnings) {

    public KtabScenario {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        warnings = List.copyOf(warnings);
    }

    /**
     * Everything the file sets for SMP as {@code --set} pairs, the defaults of an SMP run on it: {@code seed}, the
     * switches, and {@code idealAdjust} (the accommodation matrix as {@link Accommodation#text} writes it).
     */
    public Map<String, String> smpDefaults() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("seed", Long.toUnsignedString(seed));
        out.putAll(params);
        out.put("idealAdjust", accommodation.text(scenario.actors().stream().map(Actor::id).toList()));
        return Collections.unmodifiableMap(out);
    }
}
