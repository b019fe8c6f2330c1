package org.parley.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.parley.core.deals.ContinuousPoint;
import org.parley.core.deals.ContinuousSolutions;
import org.parley.core.deals.ScenarioGrid;
import org.parley.core.deals.SolverBudgets;
import org.parley.core.optim.LinearSolver;
import org.parley.core.scenario.Scenario;
import org.parley.io.Limits;
import org.parley.io.ScenarioFiles;

/**
 * The flagship's linear programs (three veto parties, six issues: 24 variables and 42 constraints before the
 * objective rows) under each simplex implementation: the max-min program that decides whether the zone is empty
 * and anchors every repair, and the four continuous solutions (egalitarian, three ideal-point programs,
 * Kalai-Smorodinsky, utilitarian, and the Nash point's cutting-plane programs). Run from the repository root:
 * {@code java -jar bench/target/benchmarks.jar LinearProgramBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LinearProgramBenchmark {

    /** Which simplex implementation solves the programs. */
    @Param({"dense", "hipparchus"})
    public String solver;

    private Scenario scenario;
    private int[] veto;
    private double[] rv;
    private LinearSolver lp;

    @Setup
    public void setUp() {
        scenario = ScenarioFiles.read(Path.of("examples/ukraine-2022-grand-bargain.yaml"), Limits.defaults());
        veto = ScenarioGrid.vetoParties(scenario);
        rv = new double[veto.length];
        for (int k = 0; k < veto.length; k++) {
            rv[k] = scenario.actors().get(veto[k]).reservation();
        }
        lp = "dense".equals(solver) ? LinearSolver.standard() : HipparchusSimplex.INSTANCE;
    }

    /** The veto parties' max-min program: one linear program. */
    @Benchmark
    public ContinuousPoint maxMin() {
        return ContinuousSolutions.maxMin(scenario, veto, rv, SolverBudgets.defaults(), lp);
    }

    /** Every continuous solution of the flagship: about forty linear programs, most of them Nash cutting planes. */
    @Benchmark
    public Map<String, ContinuousPoint> continuousSolutions() {
        return ContinuousSolutions.solve(scenario, veto, rv, SolverBudgets.defaults(), lp);
    }
}
