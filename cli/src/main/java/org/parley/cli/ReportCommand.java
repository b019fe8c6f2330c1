package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.core.type.TypeReference;
import org.parley.core.analysis.Analysis;
import org.parley.core.analysis.Analyzer;
import org.parley.core.backtest.BacktestResult;
import org.parley.core.negotiation.session.SessionResult;
import org.parley.core.params.Params;
import org.parley.core.scenario.Scenario;
import org.parley.io.ScenarioInput;
import org.parley.io.json.ResultJson;
import org.parley.io.json.StoredResults;
import org.parley.core.forecast.ForecastModels;
import org.parley.io.Limits;
import org.parley.io.OutputPaths;
import org.parley.io.text.TextFile;
import org.parley.io.yaml.ScenarioYaml;
import org.parley.report.BacktestInput;
import org.parley.report.NegotiationInput;
import org.parley.report.Report;
import org.parley.report.RunInfo;
import org.parley.store.JdbcRunStore;
import org.parley.store.Run;
import org.parley.store.StoreLocation;
import org.parley.store.Times;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley report SCENARIO|RUN_ID -o report.html}: the HTML report of a fresh analysis or of a recorded run (an
 * analysis, or a backtest or negotiation session, each drawn by its own report).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a self-contained HTML report (inline SVG charts, no network needed to open it): of "
                + "every analysis of a scenario file, or of a recorded run given by its id (see 'parley runs list').")
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    StoreOptions.Recording store;

    @Mixin
    ReportOptions report;

    @Parameters(paramLabel = "SCENARIO|RUN_ID", description = "A scenario file, or the id of a recorded run.")
    String source;

    @Override
    public Integer call() {
        if (!report.wanted()) {
            throw new Parley.UserError("where to? give -o report.html (and/or --png DIR)");
        }
        Path file = Path.of(source);
        boolean runId = source.matches("\\d{1,18}") && !Files.exists(file);
        if (runId) {
            long id = Long.parseLong(source);
            Outputs.Sink sink = Outputs.immediate(spec.commandLine().getErr(), id);
            return ofRun(id, report.checkOutputs(Outputs.protecting(store.db), sink), sink);
        }
        RunFiles files = RunFiles.of(store, spec);
        OutputPaths outputs = report.checkOutputs(Outputs.protecting(store.db, file), files);
        try (Recorder rec = Recorder.start(store, spec, files)) {
            ScenarioInput in = input.load(file, store.recordedFile, spec.commandLine().getErr());
            Scenario s = in.scenario();
            java.util.List<String> models = ScenarioArgs.models(s, ForecastModels.names(),
                    spec.commandLine().getErr());
            rec.scenario(s, file);
            Analysis analysis = rec.attempt(() -> {
                report.check(s);
                return Analyzer.analyze(s, models, model -> Params.of(in.defaults(model)));
            }, Map.of());
            String shown = store.recordedFile != null ? store.recordedFile : source;
            rec.attempt(() -> {
                report.write(s, analysis, new RunInfo(null, "analyze", java.util.List.of("analyze", shown), null,
                        Parley.version()), outputs, files);
                return null;
            }, AnalyzeCommand.params(analysis));
            rec.ok(analysis, AnalyzeCommand.params(analysis));
        }
        return Parley.OK;
    }

    private int ofRun(long id, OutputPaths outputs, Outputs.Sink sink) {
        Run run;
        try (JdbcRunStore s = JdbcRunStore.open(StoreLocation.resolve(store.db))) {
            run = s.find(id).orElseThrow(() -> new Parley.UserError("no run " + id + " in "
                    + s.location().display() + "; 'parley runs list' shows the runs recorded"));
        }
        if (run.result() != null && (run.command().equals("backtest") || run.command().equals("negotiate"))) {
            report.write(otherReport(run), outputs, sink);
            return Parley.OK;
        }
        if (run.result() == null || run.scenario() == null) {
            throw new Parley.UserError("run " + id + " " + run.status().word() + " without a result; nothing to "
                    + "report");
        }
        Scenario s = ScenarioYaml.readYaml(new TextFile("run " + id, run.scenario().content(), false),
                Limits.defaults());
        Analysis analysis = StoredResults.analysis(run.command(), run.result()).orElseThrow(() ->
                new Parley.UserError("run " + id + " (" + run.command() + ") holds no analysis this version of Parley "
                        + "can report; 'parley runs rerun " + id + "' runs it again"));
        report.write(s, analysis, new RunInfo(run.id(), run.command(), run.args(),
                Times.format(run.startedAt()), run.parleyVersion()), outputs, sink);
        return Parley.OK;
    }

    /** The report of a recorded backtest or negotiation session, read back from the run's result. */
    private Report otherReport(Run run) {
        if (report.pair != null) {
            throw new Parley.UserError("--pair applies to the report of a scenario's analysis, not to a "
                    + run.command() + " run");
        }
        if (Boolean.TRUE.equals(run.params().get("landscape"))) {
            throw new Parley.UserError("run " + run.id() + " is a negotiate --landscape run; a report draws one "
                    + "session ('parley negotiate ... --report FILE')");
        }
        RunInfo info = new RunInfo(run.id(), run.command(), ReportOptions.shownArgs(run.args()),
                Times.format(run.startedAt()), run.parleyVersion());
        try {
            if (run.command().equals("backtest")) {
                return Report.of(new BacktestInput(ResultJson.read(run.result(), new TypeReference<BacktestResult>() {
                }), info, report.generatedAt()));
            }
            Scenario s = run.scenario() == null ? null : ScenarioYaml.readYaml(new TextFile("run " + run.id(),
                    run.scenario().content(), false), Limits.defaults());
            return Report.of(new NegotiationInput(ResultJson.read(run.result(), new TypeReference<SessionResult>() {
            }), s, info, report.generatedAt()));
        } catch (java.io.UncheckedIOException | IllegalArgumentException e) {
            throw new Parley.UserError("run " + run.id() + " (" + run.command() + ") holds no result this version of "
                    + "Parley can report; 'parley runs rerun " + run.id() + "' runs it again");
        }
    }
}
