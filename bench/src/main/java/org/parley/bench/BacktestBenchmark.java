package org.parley.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.parley.core.backtest.BacktestOptions;
import org.parley.core.backtest.BacktestResult;
import org.parley.core.backtest.Backtester;
import org.parley.core.backtest.Capabilities;
import org.parley.core.backtest.ModelPredictor;
import org.parley.core.backtest.OutcomeDataset;
import org.parley.core.backtest.Predictions;
import org.parley.core.exec.BatchRunner;
import org.parley.core.forecast.ForecastModels;
import org.parley.io.Limits;
import org.parley.io.outcomes.OutcomeFiles;

/**
 * The DEU III backtest in process (issue 14's budget: every model over the 353 issues with 10,000 bootstrap
 * resamples in under 2 s on 2 cores): the whole backtest of the five models, and each model's forecasts alone, on
 * a runner of {@code threads} threads. Reads data/deu/deu3.csv, so run it from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BacktestBenchmark {

    /** The runner's threads. */
    @Param({"2"})
    public int threads;

    private OutcomeDataset deu;
    private BatchRunner runner;

    /** Reads the data set and starts the runner once. */
    @Setup(Level.Trial)
    public void read() {
        deu = OutcomeFiles.read(Path.of("data/deu/deu3.csv"), Limits.defaults());
        runner = BatchRunner.parallel(threads);
    }

    /** Stops the runner. */
    @TearDown(Level.Trial)
    public void close() {
        runner.close();
    }

    /** Every model on every issue, scored, with 10,000 issue and 10,000 proposal resamples per model. */
    @Benchmark
    public BacktestResult allModels() {
        return Backtester.run(deu, BacktestOptions.defaults(ForecastModels.names()), runner);
    }

    /** One model's forecasts for every issue. */
    @Benchmark
    public Predictions oneModel(Model m) {
        return ModelPredictor.of(m.model).predict(deu.issues(), Capabilities.equal(), runner);
    }

    /** The model of {@link #oneModel}. */
    @State(Scope.Benchmark)
    public static class Model {
        /** Its name. */
        @Param({"compromise", "median", "bdm", "exchange", "smp"})
        public String model;
    }

    /** The compromise model scored with the bootstrap alone: the statistics' share of the cost. */
    @Benchmark
    public BacktestResult compromiseWithBootstrap() {
        return Backtester.run(deu, BacktestOptions.defaults(List.of("compromise", "median")), runner);
    }
}
