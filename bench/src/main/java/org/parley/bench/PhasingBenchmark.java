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
import org.parley.core.phasing.PhaseResult;
import org.parley.core.phasing.PhasingAnalysis;
import org.parley.core.phasing.PhasingOptions;
import org.parley.core.phasing.Schedule;
import org.parley.core.scenario.Package;
import org.parley.core.scenario.Scenario;
import org.parley.io.Limits;
import org.parley.io.ScenarioFiles;
import org.parley.io.text.TextFile;
import org.parley.io.yaml.ScheduleYaml;

/**
 * Phased agreements on the flagship (grand bargain, 25 yearly stages 2024-2049, four parties, six issues): checking
 * a given schedule (examples/schedules/grand-bargain-even.yaml; the check alone, as {@code --schedule} does before
 * it looks for changes), and designing one ({@code --stages 25}: the max-min and fastest schedules or the proof
 * that none exists, the smallest hostage and the nearest phaseable package), and designing one for its nearest
 * variant every veto party accepts (where a schedule exists: the max-min and the fastest). One thread. Run from the repository
 * root: {@code java -jar bench/target/benchmarks.jar PhasingBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PhasingBenchmark {

    private Scenario scenario;
    private Package grandBargain;
    private Schedule even;
    private Package repaired;

    @Setup
    public void setUp() {
        Limits limits = Limits.defaults();
        scenario = ScenarioFiles.read(Path.of("examples/ukraine-2022-grand-bargain.yaml"), limits);
        grandBargain = scenario.pkg("grand-bargain").orElseThrow();
        even = ScheduleYaml.read(TextFile.read(Path.of("examples/schedules/grand-bargain-even.yaml"), limits), limits,
                scenario, grandBargain, 100);
        repaired = PhasingAnalysis.repaired(scenario, grandBargain);
    }

    /** The check of a 25-stage schedule: every party's slack at every stage, the binding cell, the words' inputs. */
    @Benchmark
    public PhaseResult checkSchedule() {
        return PhasingAnalysis.check(scenario, grandBargain, even, PhasingOptions.defaults().checkOnly());
    }

    /** The design of a 25-stage schedule with the default budget of 80 linear programs: none exists. */
    @Benchmark
    public PhaseResult designSchedule() {
        return PhasingAnalysis.design(scenario, grandBargain, 25, PhasingOptions.defaults());
    }

    /** The design for the grand bargain's nearest variant every veto party accepts: the fastest schedule exists. */
    @Benchmark
    public PhaseResult designRepaired() {
        return PhasingAnalysis.design(scenario, repaired, 25, PhasingOptions.defaults());
    }
}
