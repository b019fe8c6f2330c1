package org.parley.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
import org.parley.core.deals.BruteForceFrontier;
import org.parley.core.deals.DealAnalysis;
import org.parley.core.deals.DealOptions;
import org.parley.core.deals.DealReport;
import org.parley.core.deals.DealSpace;
import org.parley.core.deals.FrontierOptions;
import org.parley.core.deals.ParetoFrontier;
import org.parley.core.deals.PerIssueMerge;
import org.parley.core.deals.ScenarioGrid;
import org.parley.core.outcomes.DomainIssue;
import org.parley.core.outcomes.OutcomeSpace;
import org.parley.core.preferences.AdditiveProfile;
import org.parley.core.preferences.Profile;
import org.parley.core.scenario.Scenario;
import org.parley.io.Limits;
import org.parley.io.ScenarioFiles;
import org.parley.io.deals.DealFiles;

/**
 * The deal space at scale: the exact frontier of GeniusWeb 7issues (10^7 outcomes) by per-issue merge; a generic
 * (non-additive, evaluated outcome by outcome) two-party frontier over 2 x 10^6 outcomes by brute force; and the
 * flagship scenario at 21 values per issue (21^6 = 85,766,121 outcomes) among its three veto parties: frontier,
 * the five solutions and the zone of agreement counted over every outcome on 2 threads. Run from the repository
 * root: {@code java -jar bench/target/benchmarks.jar DealsBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class DealsBenchmark {

    private OutcomeSpace sevenIssues;
    private List<AdditiveProfile> sevenProfiles;
    private OutcomeSpace generic;
    private List<Profile> genericProfiles;
    private DealSpace flagship21;

    @Setup
    public void setUp() {
        DealSpace seven = DealFiles.load(Path.of("data/geniusweb/7issues"), List.of(), Limits.defaults(), 11).deals();
        sevenIssues = seven.space();
        sevenProfiles = new ArrayList<>();
        seven.profiles().forEach(p -> sevenProfiles.add((AdditiveProfile) p));
        generic = genericSpace();
        genericProfiles = genericProfiles(generic);
        Scenario s = ScenarioFiles.read(Path.of("examples/ukraine-2022-grand-bargain.yaml"), Limits.defaults());
        flagship21 = ScenarioGrid.of(s, 21).restrict(ScenarioGrid.vetoParties(s));
    }

    /** Four issues of 50 x 40 x 25 x 40 = 2,000,000 outcomes. */
    static OutcomeSpace genericSpace() {
        List<DomainIssue> issues = new ArrayList<>();
        int[] sizes = {50, 40, 25, 40};
        for (int k = 0; k < sizes.length; k++) {
            issues.add(DomainIssue.integer("i" + k, 1, sizes[k]));
        }
        return new OutcomeSpace("generic", issues);
    }

    /** Two random additive utilities hidden behind the plain {@link Profile} interface, so nothing is merged. */
    static List<Profile> genericProfiles(OutcomeSpace space) {
        SplittableRandom r = new SplittableRandom(42);
        List<Profile> out = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            double[] w = new double[space.dimension()];
            double[][] e = new double[space.dimension()][];
            for (int k = 0; k < w.length; k++) {
                w[k] = 0.25;
                e[k] = new double[space.issues().get(k).size()];
                for (int v = 0; v < e[k].length; v++) {
                    e[k][v] = r.nextDouble();
                }
            }
            AdditiveProfile a = AdditiveProfile.weighted("p" + i, w, e, 0, 1, null);
            out.add(new Profile() {
                @Override
                public String name() {
                    return a.name();
                }

                @Override
                public double utility(int[] outcome) {
                    return a.utility(outcome);
                }

                @Override
                public double reservationValue() {
                    return 0;
                }
            });
        }
        return out;
    }

    /** GeniusWeb 7issues: 10^7 outcomes, 557 frontier points, per-issue merge. */
    @Benchmark
    public ParetoFrontier sevenIssuesFrontier() {
        return PerIssueMerge.compute(sevenIssues, sevenProfiles, FrontierOptions.defaults(1));
    }

    /** A generic two-party frontier over 2 x 10^6 outcomes, enumerating and evaluating every outcome. */
    @Benchmark
    public ParetoFrontier genericFrontier2M() {
        return BruteForceFrontier.compute(generic, genericProfiles, FrontierOptions.defaults(1));
    }

    /** The flagship at --grid 21 among USA, RUS, UKR: frontier, solutions, zone over 85.8 million outcomes. */
    @Benchmark
    public DealReport flagshipGrid21() {
        return DealAnalysis.run(flagship21, DealOptions.defaults(100));
    }
}
