package org.parley.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.parley.core.exec.BatchRunner;
import org.parley.core.forecast.smp.SmpModel;
import org.parley.core.forecast.smp.SmpRun;
import org.parley.core.params.Params;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scale;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Stance;
import org.parley.io.Limits;
import org.parley.io.ScenarioFiles;

/**
 * KTAB's Spatial Model of Politics, whole runs with KTAB's defaults: the four KTAB scenarios KTAB's C++ build was
 * timed on (dummyData_3Dim, SOE-Pol-Comp, dummyData_6Dim, dummyData-a040), and synthetic scenarios of 10, 40, 80
 * and 160 actors on 3 dimensions for the growth with n. {@code sequential} runs on one thread, {@code parallel} on
 * every core through the batch runner, {@code tenTurns} exactly ten turns on one thread (the cost of one turn,
 * whatever the number of turns a scenario needs). Each fork first runs its scenario for about five seconds
 * ({@link #prewarm()}). Run from the repository root:
 * {@code java -jar bench/target/benchmarks.jar SmpBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SmpBenchmark {

    @Param({"dummyData_3Dim", "SOE-Pol-Comp", "dummyData_6Dim", "dummyData-a040", "synthetic-10", "synthetic-40",
        "synthetic-80", "synthetic-160"})
    public String scenario;

    private Scenario s;
    private BatchRunner parallel;
    private final Params tenTurns = Params.parse(List.of("rounds=10", "minRounds=10"));

    @Setup(Level.Trial)
    public void setUp() {
        s = scenario.startsWith("synthetic-") ? synthetic(Integer.parseInt(scenario.substring(10)), 3, 20221115L)
                : ScenarioFiles.read(Path.of(System.getProperty("parley.ktab", "data/ktab"), scenario + ".csv"),
                        Limits.defaults());
        parallel = BatchRunner.parallel(Runtime.getRuntime().availableProcessors());
        prewarm();
    }

    /**
     * Runs the scenario for about five seconds (at least twice) before JMH's own warm-up, so that the JIT has
     * compiled the model's loops: on a loaded 2-core machine three one-second warm-up iterations alone leave the
     * small scenarios half-compiled and the measurement then times the compiler, not the model.
     */
    private void prewarm() {
        long end = System.nanoTime() + 5_000_000_000L;
        for (int k = 0; k < 2 || System.nanoTime() < end; k++) {
            SmpModel.run(s, Params.none(), BatchRunner.sequential());
            SmpModel.run(s, Params.none(), parallel);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        parallel.close();
    }

    /** A whole run to KTAB's stopping rule on one thread. */
    @Benchmark
    public SmpRun sequential() {
        return SmpModel.run(s, Params.none(), BatchRunner.sequential());
    }

    /** A whole run with per-actor work spread over every core (same result). */
    @Benchmark
    public SmpRun parallel() {
        return SmpModel.run(s, Params.none(), parallel);
    }

    /** Exactly ten turns on one thread. */
    @Benchmark
    public SmpRun tenTurns() {
        return SmpModel.run(s, tenTurns, BatchRunner.sequential());
    }

    /**
     * n actors on d dimensions in KTAB's ranges: capability 1..100, positions 0..100 and saliences summing to
     * 20..100, two decimals, from a fixed seed.
     */
    public static Scenario synthetic(int n, int d, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Issue> issues = new ArrayList<>();
        for (int k = 0; k < d; k++) {
            issues.add(Issue.of("D" + k, Scale.PERCENT));
        }
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double capability = 1 + Math.floor(r.nextDouble() * 9900) / 100;
            double total = 20 + r.nextDouble() * 80;
            double[] w = new double[d];
            double sum = 0;
            for (int k = 0; k < d; k++) {
                w[k] = 0.05 + r.nextDouble();
                sum += w[k];
            }
            Map<String, Stance> stances = new LinkedHashMap<>();
            for (int k = 0; k < d; k++) {
                stances.put("D" + k, Stance.of(Math.floor(r.nextDouble() * 10000) / 100,
                        Math.floor(total * w[k] / sum * 100) / 100));
            }
            actors.add(Actor.of(String.format("S%03d", i), capability, stances));
        }
        return new Scenario("synthetic-" + n, null, null, null, List.of(), issues, actors, List.of());
    }
}
