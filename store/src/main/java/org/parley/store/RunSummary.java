package org.parley.store;

import java.time.Instant;

/** One line of the run history: enough to find a run without loading its scenario and result. */
public record RunSummary(long id, String command, String scenarioName, String scenarioHash, String scenarioFile,
                         Instant startedAt, Instant endedAt, RunStatus status, String parleyVersion) {
}
