package org.parley.bench;

import java.nio.file.Path;
import java.util.List;
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
import org.parley.core.analysis.Analysis;
import org.parley.core.analysis.Analyzer;
import org.parley.core.deals.DealOptions;
import org.parley.core.deals.DealReport;
import org.parley.core.deals.DealAnalysis;
import org.parley.core.deals.PairFrontier;
import org.parley.core.deals.PairFrontiers;
import org.parley.core.deals.ScenarioGrid;
import org.parley.core.scenario.Scenario;
import org.parley.io.Limits;
import org.parley.io.ScenarioFiles;
import org.parley.report.Report;
import org.parley.report.ReportInput;
import org.parley.report.RunInfo;

/**
 * The report's share of an {@code analyze -o}: rendering the flagship report (10 inline SVG charts, label layout
 * included) from its analysis document, and the two-party views of the deal space the report draws, projected
 * from the flagship's frontier at 11 values per issue (8,355 points, what {@code analyze} uses) and at 21 (44,783
 * points). Run from the repository root: {@code java -jar bench/target/benchmarks.jar ReportBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ReportBenchmark {

    private ReportInput flagship;
    private DealReport grid11;
    private DealReport grid21;

    @Setup
    public void setUp() {
        Scenario s = ScenarioFiles.read(Path.of("examples/ukraine-2022-grand-bargain.yaml"), Limits.defaults());
        Analysis a = Analyzer.analyze(s);
        flagship = new ReportInput(s, a, new RunInfo(null, "analyze", List.of("analyze"), null, "bench"), null, null);
        int[] veto = ScenarioGrid.vetoParties(s);
        grid11 = DealAnalysis.run(ScenarioGrid.of(s, 11).restrict(veto), DealOptions.defaults(100));
        grid21 = DealAnalysis.run(ScenarioGrid.of(s, 21).restrict(veto), DealOptions.defaults(100));
    }

    /** The whole flagship report as HTML. */
    @Benchmark
    public String renderFlagshipReport() {
        return Report.of(flagship).html();
    }

    /** The three pairs of veto parties, frontier and zone boundary each, at 11 values per issue. */
    @Benchmark
    public List<PairFrontier> pairFrontiersGrid11() {
        return PairFrontiers.of(grid11.parties(), grid11.frontier(), grid11.rational());
    }

    /** The same at 21 values per issue. */
    @Benchmark
    public List<PairFrontier> pairFrontiersGrid21() {
        return PairFrontiers.of(grid21.parties(), grid21.frontier(), grid21.rational());
    }
}
