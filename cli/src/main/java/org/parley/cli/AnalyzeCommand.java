package org.parley.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.core.analysis.Analysis;
import org.parley.core.analysis.Analyzer;
import org.parley.core.scenario.Scenario;
import org.parley.io.json.ResultJson;
import org.parley.report.RunInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley analyze SCENARIO}: runs every analysis that applies and prints a concise summary. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Run every analysis that applies to the scenario (forecasts by every model, with the "
                + "compromise, BDM, exchange and SMP forecasts in the words of each issue's anchors; the review of each "
                + "package against the actors' no-deal values; the deal space among the veto parties) and print a "
                + "concise summary.")
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ReportOptions report;

    @Mixin
    ScenarioArgs args;

    @Override
    public Integer call() {
        try (Recorder rec = args.recorder(spec)) {
            Scenario s = args.read(rec);
            Analysis analysis = rec.attempt(() -> {
                report.check(s);
                return Analyzer.analyze(s);
            }, Map.of());
            String json = ResultJson.write(analysis);
            rec.ok(json, params(analysis));
            if (report.wanted()) {
                report.write(s, analysis, new RunInfo(null, "analyze", List.of("analyze", args.file.toString()),
                        null, Parley.version()));
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(args.json ? json : AnalysisText.render(s, analysis));
            out.flush();
        }
        return Parley.OK;
    }

    /** The parameters each model ran with, by model. */
    static Map<String, Object> params(Analysis analysis) {
        Map<String, Object> params = new LinkedHashMap<>();
        analysis.forecasts().forEach(f -> params.put(f.model(), f.params()));
        if (analysis.deals() != null) {
            params.put("deals", analysis.deals().params());
        }
        return params;
    }
}
