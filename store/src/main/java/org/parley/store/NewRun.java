package org.parley.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A finished run to record: the command and its arguments, the parameters the analysis used, the scenario it read
 * (null when it failed before reading one), the seed if any, the Parley version, when it ran, how it ended, and the
 * result JSON (ok) or the error message (failed). Any command fits: the store knows no analysis.
 */
public record NewRun(String command, List<String> args, Map<String, Object> params, ScenarioSnapshot scenario,
                     String scenarioFile, Long seed, String parleyVersion, Instant startedAt, Instant endedAt,
                     RunStatus status, String result, String message) {

    public NewRun {
        args = List.copyOf(args);
        params = params == null ? Map.of() : params;
    }
}
