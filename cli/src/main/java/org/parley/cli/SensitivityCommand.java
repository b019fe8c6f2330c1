package org.parley.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.core.exec.BatchRunner;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Uncertainty;
import org.parley.core.uncertainty.Sensitivity;
import org.parley.core.uncertainty.SensitivityAnalysis;
import org.parley.core.uncertainty.SensitivityOptions;
import org.parley.io.json.ResultJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley sensitivity SCENARIO}: tornado, break-even values and global sensitivity measures. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = {"Which judgements matter: a one-at-a-time tornado (each varied input at its low and high "
                + "value) for every forecast and every veto party's package margin; the break-even value of each "
                + "judgement at which a package verdict flips (exact for the spatial utilities, root finding for "
                + "the no-deal model); and from a Monte Carlo sample, rank correlations and first-order and total "
                + "Sobol indices with bootstrap intervals.",
            "Without an uncertainty section (or --vary/--spread), every judgement varies by +-10 %%."})
final class SensitivityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioArgs args;

    @Mixin
    UncertaintyArgs u;

    @Option(names = "--draws", paramLabel = "N", defaultValue = "1000",
            description = "Monte Carlo sample size N for the global measures (Sobol costs N x (top + 2) runs; "
                    + "default: ${DEFAULT-VALUE}).")
    int draws;

    @Option(names = "--max-draws", paramLabel = "N", defaultValue = "100000",
            description = "Refuse a larger sample than this (default: ${DEFAULT-VALUE}).")
    int maxDraws;

    @Option(names = "--top", paramLabel = "K", defaultValue = "8",
            description = "Sobol indices for the K inputs with the widest tornado swing (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--resamples", paramLabel = "B", defaultValue = "200",
            description = "Bootstrap resamples for the Sobol intervals (default: ${DEFAULT-VALUE}).")
    int resamples;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "5", description = "Rows per table (default: 5).")
    int rows;

    @Override
    public Integer call() {
        SensitivityOptions options = new SensitivityOptions(u.model(), u.params(), draws, u.seed, maxDraws, top,
                resamples);
        PrintWriter out = spec.commandLine().getOut();
        try (Recorder rec = args.recorder(spec); BatchRunner runner = u.runner()) {
            Scenario s = args.read(rec);
            Uncertainty unc = u.uncertainty(s);
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("model", options.model());
            params.put("draws", draws);
            params.put("seed", options.seed());
            params.put("top", top);
            params.put("resamples", resamples);
            params.put("params", options.params());
            if (unc.spread() != null) {
                params.put("spread", unc.spread());
            }
            if (!u.vary.isEmpty()) {
                params.put("vary", u.vary);
            }
            long runs = (long) draws * (top + 2);
            ProgressBar progress = UncertaintyArgs.progress(spec.commandLine().getErr(), "sensitivity",
                    runs, 2000);
            Sensitivity sens = rec.attempt(() -> SensitivityAnalysis.run(s, unc, options, runner, progress), params);
            progress.finish();
            rec.ok(sens, params);
            out.print(args.json ? ResultJson.write(sens) : UncertaintyText.sensitivity(s, sens, rows));
        }
        out.flush();
        return Parley.OK;
    }
}
