package org.parley.store;

import java.time.Instant;
import java.util.List;

/**
 * One line of the run history: enough to find a run, and to see how it was called, without loading its scenario
 * and result.
 */
public record RunSummary(long id, String command, List<String> args, String scenarioName, String scenarioHash,
                         String scenarioFile, Instant startedAt, Instant endedAt, RunStatus status,
                         String parleyVersion) {

    public RunSummary {
        args = List.copyOf(args);
    }
}
