package org.parley.report;

import java.util.List;

/** Where a report's results came from: the recorded run (id may be null for a fresh analysis) and Parley's version. */
public record RunInfo(Long id, String command, List<String> args, String startedAt, String parleyVersion) {
}
