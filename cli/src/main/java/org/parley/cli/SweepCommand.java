package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.core.exec.BatchRunner;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Uncertainty;
import org.parley.core.uncertainty.SweepOptions;
import org.parley.core.uncertainty.Sweep;
import org.parley.core.uncertainty.Sweeps;
import org.parley.io.AtomicFiles;
import org.parley.io.CannotWriteException;
import org.parley.io.json.ResultJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley sweep SCENARIO --draws N}: Monte Carlo over the judgements' distributions. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Monte Carlo over the judgements: draws every input that has a distribution (the scenario's "
                + "uncertainty section, --vary, --spread) and reports, per issue, the forecast's distribution (mean, "
                + "median, 80 %% and 95 %% intervals, histogram); per package, the chance that each veto party accepts "
                + "it and that all do; and the chance that the zone of agreement is non-empty.",
            "Same seed, same result, whatever --threads."})
final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioArgs args;

    @Mixin
    UncertaintyArgs u;

    @Option(names = "--draws", paramLabel = "N", defaultValue = "1000",
            description = "Number of draws (default: ${DEFAULT-VALUE}; at most --max-draws).")
    int draws;

    @Option(names = "--max-draws", paramLabel = "N", defaultValue = "100000",
            description = "Refuse more draws than this (default: ${DEFAULT-VALUE}).")
    int maxDraws;

    @Option(names = "--bins", paramLabel = "B", defaultValue = "20",
            description = "Histogram bins per issue (default: ${DEFAULT-VALUE}).")
    int bins;

    @Option(names = "--csv", paramLabel = "DIR",
            description = "Write every draw (draws.csv) and the summaries (forecasts.csv, packages.csv) into DIR.")
    Path csv;

    @Option(names = "--with-draws", description = "With --json: include every draw (inputs and outputs).")
    boolean withDraws;

    @Option(names = "--no-zone", description = "Skip the zone of agreement (a linear program per draw).")
    boolean noZone;

    @Option(names = "--no-packages", description = "Skip package acceptance.")
    boolean noPackages;

    @Override
    public Integer call() {
        SweepOptions options = new SweepOptions(u.model(), u.params(), draws, u.seed, maxDraws, !noPackages, !noZone,
                bins, csv != null || withDraws);
        PrintWriter out = spec.commandLine().getOut();
        RunFiles files = args.files(spec);
        if (csv != null) {
            Outputs.protecting(args.store.db, args.file).folder(files.target(csv), FILES, "--csv");
        }
        try (Recorder rec = args.recorder(spec, files); BatchRunner runner = u.runner()) {
            Scenario s = args.read(rec);
            Uncertainty unc = u.uncertainty(s);
            Map<String, Object> params = params(options, unc);
            ProgressBar progress = UncertaintyArgs.progress(spec.commandLine().getErr(), "sweep",
                    draws, 2000);
            Sweep sweep = rec.attempt(() -> Sweeps.run(s, unc, options, runner, progress), params);
            progress.finish();
            if (csv != null) {
                writeCsv(files.target(csv), sweep).forEach(files::wrote);
            }
            rec.ok(sweep.withoutTable(), params);
            if (args.json) {
                out.print(ResultJson.write(withDraws ? sweep : sweep.withoutTable()));
            } else {
                out.print(UncertaintyText.sweep(s, sweep));
            }
        }
        out.flush();
        return Parley.OK;
    }

    private Map<String, Object> params(SweepOptions o, Uncertainty unc) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("model", o.model());
        p.put("draws", o.draws());
        p.put("seed", o.seed());
        p.put("params", o.params());
        if (unc.spread() != null) {
            p.put("spread", unc.spread());
        }
        if (!u.vary.isEmpty()) {
            p.put("vary", u.vary);
        }
        p.put("packages", o.packages());
        p.put("zone", o.zone());
        return p;
    }

    /** The files --csv writes. */
    static final List<String> FILES = List.of("draws.csv", "forecasts.csv", "packages.csv");

    /** draws.csv (one row per draw), forecasts.csv and packages.csv, each written atomically; returns them. */
    static List<Path> writeCsv(Path dir, Sweep sweep) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new CannotWriteException("--csv " + dir + ": cannot create the folder (" + e.getMessage() + ")");
        }
        StringBuilder b = new StringBuilder("draw");
        sweep.table().columns().forEach(c -> b.append(',').append(csvText(c)));
        b.append('\n');
        for (int j = 0; j < sweep.table().rows().size(); j++) {
            b.append(j);
            for (double v : sweep.table().rows().get(j)) {
                b.append(',').append(v);
            }
            b.append('\n');
        }
        AtomicFiles.write(dir.resolve("draws.csv"), b.toString());
        StringBuilder f = new StringBuilder("issue,central,mean,median,sd,p2_5,p10,p90,p97_5\n");
        for (Sweep.IssueSpread s : sweep.forecasts()) {
            f.append(csvText(s.issue())).append(',').append(s.central()).append(',').append(s.mean()).append(',')
                    .append(s.median()).append(',').append(s.sd()).append(',').append(s.p95().low()).append(',')
                    .append(s.p80().low()).append(',').append(s.p80().high()).append(',').append(s.p95().high())
                    .append('\n');
        }
        AtomicFiles.write(dir.resolve("forecasts.csv"), f.toString());
        StringBuilder p = new StringBuilder("package,party,accepts\n");
        for (Sweep.PackageChance c : sweep.packages()) {
            c.accepts().forEach((party, v) -> p.append(csvText(c.id())).append(',').append(csvText(party)).append(',')
                    .append(v).append('\n'));
            p.append(csvText(c.id())).append(",all veto parties,").append(c.allAccept()).append('\n');
        }
        AtomicFiles.write(dir.resolve("packages.csv"), p.toString());
        return FILES.stream().map(dir::resolve).toList();
    }

    private static String csvText(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
