package org.parley.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.parley.core.backtest.BacktestOptions;
import org.parley.core.backtest.Backtester;
import org.parley.core.backtest.Capabilities;
import org.parley.core.backtest.ModelPredictor;
import org.parley.core.backtest.OutcomeDataset;
import org.parley.core.exec.BatchRunner;
import org.parley.core.forecast.ForecastModels;
import org.parley.io.Limits;
import org.parley.io.outcomes.OutcomeFiles;

/**
 * The DEU III backtest on one thread, timed by the thread's CPU time as well as by the clock: on a machine shared
 * with other builds the CPU time is the steadier figure (the clock counts the time the thread waited for a core).
 * Run from the repository root: {@code java -cp bench/target/benchmarks.jar org.parley.bench.BacktestTiming}.
 */
public final class BacktestTiming {

    private BacktestTiming() {
    }

    /** Prints the median CPU and wall time of 5 runs after 3 warm-up runs, per model and for the whole backtest. */
    public static void main(String[] args) {
        OutcomeDataset deu = OutcomeFiles.read(Path.of("data/deu/deu3.csv"), Limits.defaults());
        BatchRunner one = BatchRunner.sequential();
        for (String m : ForecastModels.names()) {
            time(m + " forecasts", () -> ModelPredictor.of(m).predict(deu.issues(), Capabilities.equal(), one));
        }
        time("compromise + median scored, 2 x 10,000 resamples", () -> Backtester.run(deu,
                BacktestOptions.defaults(List.of("compromise", "median")), one));
        time("whole backtest, 5 models, 4 x 2 x 10,000 resamples", () -> Backtester.run(deu,
                BacktestOptions.defaults(ForecastModels.names()), one));
    }

    private static void time(String what, Supplier<?> work) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[] cpu = new double[5];
        double[] wall = new double[5];
        for (int rep = -3; rep < 5; rep++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            work.get();
            if (rep >= 0) {
                cpu[rep] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
                wall[rep] = (System.nanoTime() - t0) / 1e6;
            }
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        System.out.printf(Locale.ROOT, "%-55s cpu %8.1f ms   wall %8.1f ms%n", what, cpu[2], wall[2]);
    }
}
