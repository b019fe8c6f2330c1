package org.parley.bench;

import java.nio.file.Path;
import java.util.ArrayList;
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
import org.parley.core.exec.BatchRunner;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.ScenarioInputs;
import org.parley.core.scenario.Uncertainty;
import org.parley.core.scenario.Varied;
import org.parley.core.uncertainty.SweepOptions;
import org.parley.core.uncertainty.Sweep;
import org.parley.core.uncertainty.Sweeps;
import org.parley.io.Limits;
import org.parley.io.ScenarioFiles;

/**
 * Whole sweeps in process, as {@code parley sweep} runs them (sampling, every draw's outputs, the summary), on 1 or 2
 * threads: 10,000 BDM draws of the EC emission case (10 rounds each; its 30 sourced inputs varied by +-10 %),
 * 100,000 compromise draws of the flagship (forecasts only), and acceptance and zone probabilities over 10,000
 * flagship draws (every judgement +-10 %, plus the flagship's own distributions). Run from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class UncertaintyBenchmark {

    @Param({"1", "2"})
    int threads;

    private Scenario emission;
    private Uncertainty emissionVaried;
    private Scenario flagship;
    private BatchRunner runner;

    @Setup(Level.Trial)
    public void setUp() {
        emission = ScenarioFiles.read(Path.of("examples/emission-1994.yaml"), Limits.defaults());
        emissionVaried = everyInput(emission, 0.1);
        flagship = ScenarioFiles.read(Path.of("examples/ukraine-2022-grand-bargain.yaml"), Limits.defaults());
        runner = BatchRunner.parallel(threads);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        runner.close();
    }

    /**
     * Every input the spread would vary, sourced ones included, with the spread's own distribution
     * ({@link ScenarioInputs.Input#spread}): the emission case's numbers are all marked {@code basis: sourced}, which
     * the spread itself leaves fixed.
     */
    public static Uncertainty everyInput(Scenario s, double f) {
        List<Varied> varied = new ArrayList<>();
        for (ScenarioInputs.Input in : ScenarioInputs.of(s).inputs()) {
            if (in.kind().spreadByDefault()) {
                in.spread(f).ifPresent(d -> varied.add(new Varied(in.path(), d, null)));
            }
        }
        return new Uncertainty(null, varied, List.of());
    }

    /** 10,000 BDM draws of the emission case, 10 rounds each, its 30 inputs varied by +-10 %. */
    @Benchmark
    public Sweep bdmEmission10k() {
        return Sweeps.run(emission, emissionVaried, SweepOptions.defaults("bdm").withDraws(10_000)
                .withParts(false, false), runner, n -> { });
    }

    /** 100,000 compromise draws of the flagship: the forecast distribution of every issue. */
    @Benchmark
    public Sweep compromiseFlagship100k() {
        return Sweeps.run(flagship, flagship.uncertainty(), SweepOptions.defaults("compromise").withDraws(100_000)
                .withParts(false, false), runner, n -> { });
    }

    /** 10,000 flagship draws: forecasts, every veto party's acceptance of every package, and the zone (an LP each). */
    @Benchmark
    public Sweep acceptanceAndZoneFlagship10k() {
        return Sweeps.run(flagship, flagship.uncertainty(), SweepOptions.defaults("compromise").withDraws(10_000),
                runner, n -> { });
    }
}
