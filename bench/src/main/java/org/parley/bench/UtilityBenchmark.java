package org.parley.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.parley.core.deals.PackageReview;
import org.parley.core.scenario.Scenario;
import org.parley.core.utility.Outcomes;
import org.parley.core.utility.SpatialUtility;
import org.parley.io.Limits;
import org.parley.io.ScenarioFiles;

/**
 * Utility evaluation on the flagship scenario (13 actors x 6 issues, 3 packages): the hot path (one actor, one
 * outcome already on 0..100), all actors over all packages, and the whole package review with table building.
 * Run from the repository root: {@code java -jar bench/target/benchmarks.jar UtilityBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class UtilityBenchmark {

    private Scenario scenario;
    private SpatialUtility utility;
    private double[][] packagesPercent;
    private double[] out;

    @Setup
    public void setUp() {
        scenario = ScenarioFiles.read(Path.of(System.getProperty("parley.flagship",
                "examples/ukraine-2022-grand-bargain.yaml")), Limits.defaults());
        utility = SpatialUtility.of(scenario);
        packagesPercent = scenario.packages().stream().map(p -> utility.toPercent(Outcomes.of(scenario, p)))
                .toArray(double[][]::new);
        out = new double[utility.actors()];
    }

    /** One actor's utility of one outcome (the inner loop of every deal-space analysis). */
    @Benchmark
    public double oneUtility() {
        return utility.utilityOfPercent(1, packagesPercent[1]);
    }

    /** Every actor's utility of every package: 13 x 3 evaluations. */
    @Benchmark
    public void allActorsAllPackages(Blackhole bh) {
        for (double[] p : packagesPercent) {
            for (int i = 0; i < out.length; i++) {
                out[i] = utility.utilityOfPercent(i, p);
            }
            bh.consume(out);
        }
    }

    /** The whole package review as {@code parley show} computes it, tables included. */
    @Benchmark
    public PackageReview packageReview() {
        return PackageReview.of(scenario);
    }
}
