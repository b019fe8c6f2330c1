package org.parley.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.parley.core.scenario.Scenario;

/**
 * What a report shows: the scenario, the result document of the run (the JSON the command prints with --json, as a
 * tree), where it came from, the pair of actors for the utility scatter (null: the first two veto parties), and the
 * generation time to print (null: none, so the same input gives the same bytes).
 */
public record ReportInput(Scenario scenario, JsonNode result, RunInfo run, List<String> pair, String generatedAt) {
}
