package org.parley.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Runs to record in tests. */
final class Runs {

    private Runs() {
    }

    /** An ok run of {@code command} on a small scenario, with the given result. */
    static NewRun ok(String command, String scenarioYaml, String result) {
        ScenarioSnapshot s = new ScenarioSnapshot("Test", scenarioYaml, ScenarioSnapshot.sha256(scenarioYaml));
        Instant t = Instant.parse("2025-03-01T10:00:00.125Z");
        return new NewRun(command, List.of(command, "test.yaml"), Map.of("rounds", 10), s, "test.yaml", 42L,
                "0.1.0-test", t, t.plusMillis(250), RunStatus.OK, result, null);
    }
}
