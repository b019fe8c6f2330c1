package org.parley.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.scenario.Scenario;

/**
 * A scenario as read from its file, with the model parameters the file itself sets, by model name, as defaults
 * that {@code --set} overrides (a KTAB XML file sets SMP's seed, switches and ideal adjustment), and warnings, each
 * located in the file: what the reader assumed where the file was silent, and judgements that look like slips
 * ({@link org.parley.core.scenario.ScenarioWarnings}).
 */
public record ScenarioInput(Scenario scenario, Map<String, Map<String, String>> modelDefaults,
                            List<InputError> warnings) {

    public ScenarioInput {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        modelDefaults.forEach((model, params) -> copy.put(model,
                Collections.unmodifiableMap(new LinkedHashMap<>(params))));
        modelDefaults = Collections.unmodifiableMap(copy);
        warnings = List.copyOf(warnings);
    }

    /** A scenario whose file sets no model parameters, with its warnings. */
    public static ScenarioInput of(Scenario scenario, List<InputError> warnings) {
        return new ScenarioInput(scenario, Map.of(), warnings);
    }

    /** The parameters the file sets for {@code model} (empty when none). */
    public Map<String, String> defaults(String model) {
        return modelDefaults.getOrDefault(model, Map.of());
    }
}
