package org.parley.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.parley.core.forecast.exchange.ExchangeModel;
import org.parley.core.forecast.exchange.ExchangeRun;
import org.parley.core.params.Params;
import org.parley.core.scenario.Scenario;
import org.parley.io.Limits;
import org.parley.io.ScenarioFiles;

/**
 * Stokman's exchange model (equal gain) on the two decide data sets: one round on sample_data.txt (10 actors, 6
 * issues, 240 candidates) and on cop21.csv (15 actors, 13 issues), and three rounds on cop21. Reads the files from
 * data/exchange, so run it from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ExchangeBenchmark {

    private Scenario sample;
    private Scenario cop21;

    /** Reads both data sets once. */
    @Setup(Level.Trial)
    public void read() {
        sample = ScenarioFiles.read(Path.of("data/exchange/sample_data.txt"), Limits.defaults());
        cop21 = ScenarioFiles.read(Path.of("data/exchange/cop21.csv"), Limits.defaults());
    }

    /** One round on the decide sample, with its trace. */
    @Benchmark
    public ExchangeRun sampleOneRound() {
        return ExchangeModel.run(sample, Params.none());
    }

    /** One round on the COP21 data set. */
    @Benchmark
    public ExchangeRun cop21OneRound() {
        return ExchangeModel.run(cop21, Params.none());
    }

    /** Three rounds on the COP21 data set. */
    @Benchmark
    public ExchangeRun cop21ThreeRounds() {
        return ExchangeModel.run(cop21, Params.parse(List.of("rounds=3")));
    }
}
