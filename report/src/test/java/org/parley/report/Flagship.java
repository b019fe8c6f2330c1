package org.parley.report;

import java.nio.file.Path;
import java.util.List;
import org.parley.core.analysis.Analysis;
import org.parley.core.analysis.Analyzer;
import org.parley.core.scenario.Scenario;
import org.parley.io.Limits;
import org.parley.io.ScenarioFiles;

/** The flagship scenario and its analysis document, as 'parley analyze' computes it (computed once per test JVM). */
final class Flagship {

    static final Path FILE = Path.of("examples/ukraine-2022-grand-bargain.yaml");

    private static final Scenario SCENARIO = ScenarioFiles.read(FILE, Limits.defaults());
    private static final Analysis ANALYSIS = Analyzer.analyze(SCENARIO);

    private Flagship() {
    }

    /** The flagship scenario. */
    static Scenario scenario() {
        return SCENARIO;
    }

    static ReportInput input() {
        return new ReportInput(SCENARIO, ANALYSIS, new RunInfo(null, "analyze", List.of("analyze", FILE.toString()),
                null, "test"), null, null);
    }
}
