package org.parley.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.scenario.Scenario;

/**
 * A scenario as read from its file, with the model parameters the file itself sets, by model name, as defaults
 * that {@code --set} overrides (a KTAB XML file sets SMP's seed, switches and ideal adjustment), and notes on what
 * the reader assumed where the file was silent.
 */
public record ScenarioInput(Scenario scenario, Map<String, Map<String, String>> modelDefaults, List<String> notes) {

    public ScenarioInput {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        modelDefaults.forEach((model, params) -> copy.put(model,
                Collections.unmodifiableMap(new LinkedHashMap<>(params))));
        modelDefaults = Collections.unmodifiableMap(copy);
        notes = List.copyOf(notes);
    }

    /** A scenario whose file sets no model parameters. */
    public static ScenarioInput of(Scenario scenario) {
        return new ScenarioInput(scenario, Map.of(), List.of());
    }

    /** The parameters the file sets for {@code model} (empty when none). */
    public Map<String, String> defaults(String model) {
        return modelDefaults.getOrDefault(model, Map.of());
    }
}
