package org.parley.report;

import java.util.List;
import org.parley.core.analysis.Analysis;
import org.parley.core.scenario.Scenario;

/**
 * What a report shows: the scenario, the analysis document of the run, where it came from, the one pair of actors
 * whose deal space to draw (null: every pair of veto parties the analysis viewed), and the generation time to print
 * (null: none, so the same input gives the same bytes).
 */
public record ReportInput(Scenario scenario, Analysis analysis, RunInfo run, List<String> pair, String generatedAt) {
}
