package org.parley.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.core.analysis.Analysis;
import org.parley.core.analysis.Analyzer;
import org.parley.core.forecast.ForecastModels;
import org.parley.core.params.Params;
import org.parley.core.scenario.Scenario;
import org.parley.io.OutputPaths;
import org.parley.io.ScenarioInput;
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
        RunFiles files = args.files(spec);
        OutputPaths outputs = report.checkOutputs(Outputs.protecting(args.store.db, args.file), files);
        try (Recorder rec = args.recorder(spec, files)) {
            ScenarioArgs.Loaded loaded = args.loadApplicable(rec, ForecastModels.names(), true);
            ScenarioInput in = loaded.input();
            Scenario s = in.scenario();
            Analysis analysis = rec.attempt(() -> {
                report.check(s);
                return Analyzer.analyze(s, loaded.models(), model -> Params.of(in.defaults(model)));
            }, Map.of());
            String json = ResultJson.write(analysis);
            if (report.wanted()) {
                rec.attempt(() -> {
                    report.write(s, analysis, new RunInfo(null, "analyze", List.of("analyze", args.shownFile()),
                            null, Parley.version()), outputs, files);
                    return null;
                }, params(analysis));
            }
            rec.ok(json, params(analysis));
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
