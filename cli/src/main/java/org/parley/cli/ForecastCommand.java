package org.parley.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.core.forecast.ConvergenceWords;
import org.parley.core.forecast.Forecast;
import org.parley.core.forecast.ForecastModel;
import org.parley.core.forecast.ForecastModels;
import org.parley.core.forecast.IssueConvergence;
import org.parley.core.forecast.TraceStep;
import org.parley.core.forecast.Traced;
import org.parley.core.forecast.compromise.CompromiseModel;
import org.parley.core.params.Params;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scenario;
import org.parley.core.text.Nearest;
import org.parley.io.ScenarioInput;
import org.parley.io.json.ResultJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley forecast SCENARIO --model M}: runs a forecasting model and prints the outcome per issue. */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = "Forecast the outcome of each issue with a model: compromise (capability x salience weighted "
                + "mean), median (weighted median), bdm (Bueno de Mesquita's expected-utility model, Scholz et al. "
                + "2011), exchange (Stokman's exchange of voting positions, equal-gain variant), smp (KTAB's Spatial "
                + "Model of Politics; KTAB CSV and XML files too, switches via --set, e.g. victory=square, "
                + "pce=markov-incentive); 'all' runs every model. --explain says why each actor moved.")
final class ForecastCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioArgs args;

    @Option(names = {"-m", "--model"}, defaultValue = "compromise", paramLabel = "MODEL",
            description = "Model: ${COMPLETION-CANDIDATES} or all (default: ${DEFAULT-VALUE}).",
            completionCandidates = ModelNames.class)
    String model;

    @Option(names = "--rounds", paramLabel = "N", description = "Number of rounds, for models that run in rounds.")
    Integer rounds;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Set a model parameter (repeatable).")
    List<String> set = new ArrayList<>();

    @Option(names = "--explain", description = "Explain how the forecast came about.")
    boolean explain;

    /** The model names, for help and completion. */
    static final class ModelNames extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        ModelNames() {
            super(ForecastModels.names());
        }
    }

    @Override
    public Integer call() {
        List<String> names = model.equals("all") ? ForecastModels.names() : List.of(model);
        List<ForecastModel> models = new ArrayList<>();
        for (String n : names) {
            models.add(ForecastModels.byName(n).orElseThrow(() -> new Parley.UserError("unknown model '" + n
                    + "'" + Nearest.hint(n, ForecastModels.names()) + "; expected one of " + ForecastModels.names()
                    + " or all")));
        }
        Map<String, String> given = given();
        PrintWriter err = spec.commandLine().getErr();
        if (models.size() > 1) {
            ModelParameters.notes(models, given, rounds != null).forEach(n -> note(err, n));
        }
        try (Recorder rec = args.recorder(spec)) {
            ScenarioArgs.Loaded loaded = args.loadApplicable(rec, names, model.equals("all"));
            ScenarioInput in = loaded.input();
            Scenario s = in.scenario();
            models.removeIf(m -> !loaded.models().contains(m.name()));
            List<Traced> runs = new ArrayList<>();
            Map<String, Object> used = new LinkedHashMap<>();
            for (ForecastModel m : models) {
                Params params = Params.of(ModelParameters.of(m, in.defaults(m.name()), given, models.size() > 1));
                Traced run = rec.attempt(() -> m.traced(s, params, explain || args.json), used);
                run.notes().forEach(n -> note(err, m.name() + ": " + n));
                runs.add(run);
                used.put(m.name(), run.forecast().params());
            }
            List<ForecastDocument> docs = runs.stream().map(ForecastCommand::document).toList();
            Object doc = docs.size() == 1 ? docs.get(0) : new Models(docs);
            rec.ok(doc, used.size() == 1 ? runs.get(0).forecast().params() : used);
            print(s, runs, doc);
        }
        err.flush();
        return Parley.OK;
    }

    private static void note(PrintWriter err, String message) {
        ScenarioArgs.note(err, message);
    }

    /** The --set pairs, then --rounds as {@code rounds}. */
    private Map<String, String> given() {
        Map<String, String> given = Params.pairs(set);
        if (rounds != null) {
            given.put("rounds", Integer.toString(rounds));
        }
        return given;
    }

    private void print(Scenario s, List<Traced> runs, Object doc) {
        PrintWriter out = spec.commandLine().getOut();
        if (args.json) {
            out.print(ResultJson.write(doc));
        } else {
            for (Traced run : runs) {
                out.print(render(s, run.forecast()));
                out.println();
                if (explain) {
                    out.print(explanation(s, run));
                    out.println();
                }
            }
        }
        out.flush();
    }

    /** What --explain prints for one model's run. */
    private static String explanation(Scenario s, Traced run) {
        String model = run.forecast().model();
        if (run.trace() != null) {
            return String.join("\n", run.explanation()) + "\n";
        }
        if (model.equals("compromise")) {
            return explainCompromise(s);
        }
        if (model.equals("median")) {
            return "The weighted median is, on each issue, the first position (from the low end) at which the actors' "
                    + "cumulative weight c*s reaches half of the total; the weights are those --model compromise "
                    + "--explain lists.\n";
        }
        return "No explanation for " + model + " here; run --model " + model + " --explain for it.\n";
    }

    /**
     * One forecast as its JSON document: the forecast contract's keys, then the model's trace under {@code trace}
     * when it keeps one and its notes under {@code notes} when it has any.
     */
    record ForecastDocument(@JsonUnwrapped Forecast forecast, List<? extends TraceStep> trace,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> notes) {
    }

    /** The documents of several models, under {@code models}. */
    record Models(List<ForecastDocument> models) {
    }

    static ForecastDocument document(Traced run) {
        return new ForecastDocument(run.forecast(), run.trace(), run.notes());
    }

    /**
     * One forecast as a table: issue, forecast, weighted mean and median, the forecast in the issue's words; a
     * forecast that did not settle is shown as its range, with a one-line warning under the table.
     */
    static String render(Scenario s, Forecast f) {
        TextTable t = new TextTable(List.of("issue", "forecast", "mean", "median", "in words"));
        for (Issue issue : s.issues()) {
            Double x = f.forecast().get(issue.id());
            if (x == null) {
                continue;
            }
            IssueConvergence c = f.convergence().issues().get(issue.id());
            boolean point = c == null || c.point();
            t.row(List.of(issue.id(), point ? TextTable.two(x) : ConvergenceWords.value(x, c, 2),
                    TextTable.two(f.statistics().get("weighted_mean").get(issue.id())),
                    TextTable.two(f.statistics().get("weighted_median").get(issue.id())),
                    point ? issue.describe(x) : ConvergenceWords.inWords(issue, c)));
        }
        return "Forecast by " + f.model() + " (headline: " + f.headline().replace('_', ' ') + ")"
                + (f.params().isEmpty() ? "" : " " + f.params()) + "\n" + t
                + ConvergenceWords.warning(f).map(w -> "warning: " + w + "\n").orElse("");
    }

    /** Each actor's share of the weight on each issue: how much of the compromise it moves. */
    static String explainCompromise(Scenario s) {
        Map<String, Map<String, Double>> shares = CompromiseModel.weightShares(s);
        List<String> header = new ArrayList<>(List.of("actor"));
        header.addAll(shares.keySet());
        TextTable t = new TextTable(header);
        for (var a : s.actors()) {
            List<String> row = new ArrayList<>(List.of(a.id()));
            for (Map<String, Double> issueShares : shares.values()) {
                Double share = issueShares.get(a.id());
                row.add(share == null ? "-" : TextTable.one(100 * share) + "%");
            }
            t.row(row);
        }
        return "Weight shares c*s / sum(c*s) per issue (a one-point move of the actor moves the compromise by its "
                + "share)\n" + t;
    }
}
