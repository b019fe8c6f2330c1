package org.parley.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.core.backtest.BacktestOptions;
import org.parley.core.backtest.BacktestResult;
import org.parley.core.backtest.Backtester;
import org.parley.core.backtest.Capabilities;
import org.parley.core.backtest.OutcomeDataset;
import org.parley.core.backtest.split.ProposalSplit;
import org.parley.core.exec.BatchRunner;
import org.parley.core.forecast.ForecastModels;
import org.parley.core.text.Nearest;
import org.parley.io.AtomicFiles;
import org.parley.io.OutputPaths;
import org.parley.io.json.ResultJson;
import org.parley.io.outcomes.BacktestCsv;
import org.parley.io.outcomes.CapabilityCsv;
import org.parley.io.outcomes.OutcomeFiles;
import org.parley.io.text.Numbers;
import org.parley.io.text.TextFile;
import org.parley.report.BacktestInput;
import org.parley.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley backtest DATASET}: scores forecasting models against decided outcomes (docs/backtest.md). */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Score forecasting models against decided outcomes: DEU III (data/deu/deu3.csv) or an outcome "
                + "CSV. Per model: MAE, median AE, RMSE, hits within 5/10/20 points, abstentions, forecasts that did "
                + "not settle, and the difference from the compromise model with paired and cluster (proposal) "
                + "bootstrap intervals. --split fits the fitted models on train proposals only and scores them on "
                + "the held-out ones.")
final class BacktestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DATASET", description = "A DEU III file or an outcome CSV.")
    Path file;

    @Option(names = {"-m", "--model"}, defaultValue = "all", paramLabel = "MODEL", split = ",",
            description = "Models, comma-separated: compromise, median, bdm, exchange, smp, and with --split the "
                    + "fitted anchored-compromise and bdm-fitted; 'all' runs every one that applies (default).")
    List<String> models;

    @Option(names = "--capabilities", defaultValue = "equal", paramLabel = "equal|gdp|FILE",
            description = "Capabilities: equal (default), a vector the data set carries (DEU: gdp; outcome CSV: "
                    + "data), or a CSV file actor,capability.")
    String capabilities;

    @Option(names = "--split", paramLabel = "TRAIN/TEST",
            description = "Split the proposals, e.g. 50/50: fit on train, score on test.")
    String split;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Seed of the split and the bootstrap (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--resamples", defaultValue = "" + BacktestOptions.DEFAULT_RESAMPLES, paramLabel = "B",
            description = "Bootstrap resamples (default: ${DEFAULT-VALUE}; at most " + BacktestOptions.MAX_RESAMPLES
                    + ").")
    int resamples;

    @Option(names = "--threads", paramLabel = "T",
            description = "Threads (default: the number of cores); results do not depend on it.")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write predictions.csv (per issue), split.csv and backtest.json to DIR.")
    Path out;

    @Option(names = "--json", description = "Print one JSON document on stdout.")
    boolean json;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write a self-contained HTML report "
            + "(leaderboard, each model's errors, forecasts against outcomes; opens offline) to FILE.")
    Path report;

    @Mixin
    InputOptions input;

    @Mixin
    StoreOptions.Recording store;

    @Override
    public Integer call() {
        List<String> names = modelNames();
        if (resamples < 2 || resamples > BacktestOptions.MAX_RESAMPLES) {
            throw new Parley.UserError("--resamples " + resamples + ": expected 2 to " + BacktestOptions.MAX_RESAMPLES
                    + " (each resample costs one pass over the issues per model)");
        }
        int cores = Args.threads(threads);
        Double share = split == null ? null : share(split);
        RunFiles files = RunFiles.of(store, spec);
        OutputPaths outputs = Outputs.protecting(store.db, file);
        Path dir = out == null ? null : outputs.folder(files.target(out),
                List.of("split.csv", "predictions.csv", "backtest.json"), "--out");
        if (report != null) {
            outputs.file(files.target(report), "--report");
        }
        try (Recorder rec = Recorder.start(store, spec, files)) {
            TextFile text = TextFile.read(file, input.limits());
            OutcomeDataset data = OutcomeFiles.read(text);
            rec.dataset(data.name(), text.content(), file);
            Capabilities caps = capabilities(data);
            ProposalSplit proposals = share == null ? null : ProposalSplit.of(data.proposals(), seed, share);
            if (proposals != null && (proposals.train().isEmpty() || proposals.test().isEmpty())) {
                throw new Parley.UserError("--split " + split + " --seed " + seed + " puts all "
                        + data.proposals().size() + " proposals in one half; expected a data set with more "
                        + "proposals, or another split");
            }
            if (dir != null && proposals != null) {
                AtomicFiles.write(dir.resolve("split.csv"), BacktestCsv.split(proposals, data.proposals()));
                files.wrote(dir.resolve("split.csv"));
            }
            BacktestOptions options = new BacktestOptions(names, caps, seed, resamples, proposals);
            Map<String, Object> params = params(names, caps);
            BacktestResult result;
            try (BatchRunner runner = BatchRunner.parallel(cores)) {
                result = rec.attempt(() -> Backtester.run(data, options, runner), params);
            }
            if (dir != null) {
                AtomicFiles.write(dir.resolve("predictions.csv"), BacktestCsv.predictions(result));
                files.wrote(dir.resolve("predictions.csv"));
                AtomicFiles.write(dir.resolve("backtest.json"), ResultJson.write(result));
                files.wrote(dir.resolve("backtest.json"));
            }
            if (report != null) {
                Path to = files.target(report);
                outputs.write(to, Report.of(new BacktestInput(result, ReportOptions.fresh(spec), null)).html(),
                        "--report");
                files.wrote(to);
            }
            rec.ok(result, params);
            PrintWriter w = spec.commandLine().getOut();
            w.print(json ? ResultJson.write(result) : BacktestText.render(result));
            w.flush();
        }
        return Parley.OK;
    }

    private List<String> modelNames() {
        List<String> names = new ArrayList<>();
        for (String m : models) {
            String name = m.trim().toLowerCase(Locale.ROOT);
            if (name.equals("all")) {
                names.addAll(ForecastModels.names());
                if (split != null) {
                    names.addAll(Backtester.fittedModels());
                }
            } else if (!Backtester.models().contains(name)) {
                throw new Parley.UserError("unknown model '" + m + "'" + Nearest.hint(name, Backtester.models())
                        + "; expected one of " + Backtester.models()
                        + " or all");
            } else if (Backtester.fitted(name) && split == null) {
                throw new Parley.UserError("model '" + name + "' is fitted on train proposals; it needs --split, "
                        + "e.g. --split 50/50 --seed 14");
            } else {
                names.add(name);
            }
        }
        return names.stream().distinct().toList();
    }

    /** The train share of {@code --split TRAIN/TEST}: two positive numbers, read as every number Parley reads. */
    private static double share(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length == 2) {
            BigDecimal train = Numbers.parse(parts[0]);
            BigDecimal test = Numbers.parse(parts[1]);
            if (train != null && test != null && train.signum() > 0 && test.signum() > 0
                    && Double.isFinite(train.doubleValue() + test.doubleValue())) {
                return train.doubleValue() / (train.doubleValue() + test.doubleValue());
            }
        }
        throw new Parley.UserError("--split " + text + ": expected TRAIN/TEST with two positive numbers, e.g. 50/50");
    }

    private Capabilities capabilities(OutcomeDataset data) {
        String c = capabilities.trim();
        if (c.equalsIgnoreCase(Capabilities.EQUAL)) {
            return Capabilities.equal();
        }
        Capabilities named = data.capabilitySets().get(c.toLowerCase(Locale.ROOT));
        if (named != null) {
            return named;
        }
        Path path = Path.of(c);
        if (!Files.isRegularFile(path)) {
            throw new Parley.UserError("--capabilities " + c + ": no such file, and not one of " + names(data));
        }
        return CapabilityCsv.read(TextFile.read(path, input.limits()), data.actors());
    }

    private static List<String> names(OutcomeDataset data) {
        List<String> out = new ArrayList<>(List.of(Capabilities.EQUAL));
        out.addAll(data.capabilitySets().keySet());
        return out;
    }

    private Map<String, Object> params(List<String> names, Capabilities caps) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("models", names);
        p.put("capabilities", caps.name());
        p.put("seed", seed);
        p.put("resamples", resamples);
        if (split != null) {
            p.put("split", split);
        }
        return p;
    }
}
