package org.parley.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A recorded run, as read back from the store: {@link NewRun}'s fields plus its id. */
public record Run(long id, String command, List<String> args, Map<String, Object> params, ScenarioSnapshot scenario,
                  String scenarioFile, Long seed, String parleyVersion, Instant startedAt, Instant endedAt,
                  RunStatus status, String result, String message) {

    /** How long the run took. */
    public Duration duration() {
        return Duration.between(startedAt, endedAt);
    }
}
