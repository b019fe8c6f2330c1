package org.parley.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.core.exec.BatchRunner;
import org.parley.core.scenario.Scenario;
import org.parley.core.uncertainty.Advice;
import org.parley.core.uncertainty.Advisor;
import org.parley.io.json.ResultJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley advise SCENARIO --actor ID}: the single changes that would improve an actor's outcome most. */
@Command(name = "advise", mixinStandardHelpOptions = true,
        description = {"Levers for one actor: shifting its own position or salience, persuading another actor to "
                + "move, or changing a package term, each by at most --step points, ranked by the gain in the "
                + "actor's utility (with its own preferences) per point of change. Exact closed form under the "
                + "compromise model; the other models are run again for each lever."})
final class AdviseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioArgs args;

    @Option(names = "--actor", paramLabel = "ID", required = true, description = "The actor to advise.")
    String actor;

    @Option(names = {"-m", "--model"}, defaultValue = "compromise", paramLabel = "MODEL",
            description = "Forecasting model: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = ForecastCommand.ModelNames.class)
    String model;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Set a model parameter (repeatable).")
    java.util.List<String> set = new java.util.ArrayList<>();

    @Option(names = "--step", paramLabel = "POINTS", defaultValue = "10",
            description = "The largest change of each lever: points of the issue's 0..100 scale for positions and "
                    + "terms, salience points (default: ${DEFAULT-VALUE}).")
    double step;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "15", description = "Levers in the table (default: 15).")
    int rows;

    @Override
    public Integer call() {
        UncertaintyArgs ua = new UncertaintyArgs();
        ua.model = model;
        ua.set = set;
        String m = ua.model();
        Map<String, String> p = ua.params();
        PrintWriter out = spec.commandLine().getOut();
        try (Recorder rec = args.recorder(spec);
             BatchRunner runner = BatchRunner.parallel(Runtime.getRuntime().availableProcessors())) {
            Scenario s = args.read(rec);
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("actor", actor);
            params.put("model", m);
            params.put("step", step);
            params.put("params", p);
            Advice a = rec.attempt(() -> Advisor.advise(s, actor, m, p, step, runner), params);
            rec.ok(a, params);
            out.print(args.json ? ResultJson.write(a) : UncertaintyText.advice(s, a, rows));
        }
        out.flush();
        return Parley.OK;
    }
}
