package org.parley.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.parley.core.exec.BatchRunner;
import org.parley.core.negotiation.Deadline;
import org.parley.core.negotiation.party.NegotiatorSpec;
import org.parley.core.negotiation.party.Negotiators;
import org.parley.core.negotiation.protocol.Protocol;
import org.parley.core.negotiation.protocol.StackedAlternatingOffers;
import org.parley.core.negotiation.protocol.Transcript;
import org.parley.core.negotiation.session.Session;
import org.parley.core.negotiation.session.SessionOutcome;
import org.parley.core.negotiation.session.SessionResult;
import org.parley.core.negotiation.session.Setting;
import org.parley.core.negotiation.session.SettingOptions;
import org.parley.core.negotiation.tournament.SessionRow;
import org.parley.core.negotiation.tournament.Tournament;
import org.parley.core.negotiation.tournament.TournamentConfig;
import org.parley.io.Limits;
import org.parley.io.deals.DealFiles;

/**
 * Automated negotiation on GENIUS's party domain (profiles 1 and 2, 3,072 outcomes), SAOP, 100-round deadline,
 * time-dependent negotiators: one Boulware-Conceder session with its outcome and metrics (run with {@code -t 2}
 * for two cores), the same with the full trace and result record, and a tournament of 10,008 sessions (four
 * time-dependent negotiators, every ordered pair, 834 repetitions) on the batch runner with 2 threads. Run from the
 * repository root: {@code java -jar bench/target/benchmarks.jar NegotiationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NegotiationBenchmark {

    private Setting party;
    private List<NegotiatorSpec> boulwareConceder;
    private Protocol saop;
    private Deadline deadline;
    private Map<String, Setting> domains;
    private List<NegotiatorSpec> timeDependent;

    @Setup
    public void setUp() {
        Path dir = Path.of("data/genius/partydomain");
        party = Setting.of(DealFiles.load(dir.resolve("party_domain.xml"), List.of(dir.resolve("party1_utility.xml"),
                dir.resolve("party2_utility.xml")), Limits.defaults(), 11).deals(), SettingOptions.defaults(1));
        Negotiators reg = Negotiators.builtIn();
        boulwareConceder = List.of(reg.parse("boulware"), reg.parse("conceder"));
        timeDependent = List.of(reg.parse("boulware"), reg.parse("linear"), reg.parse("conceder"),
                reg.parse("time-dependent(e=0.5)"));
        saop = StackedAlternatingOffers.saop();
        deadline = Deadline.ofRounds(100);
        domains = new LinkedHashMap<>();
        domains.put("party", party);
    }

    /** A per-thread seed, so that threads run different (but reproducible) sessions. */
    @State(Scope.Thread)
    public static class Seed {
        long next;

        @Setup(Level.Iteration)
        public void reset() {
            next = Thread.currentThread().getId() << 32;
        }
    }

    /** One Boulware-Conceder session: protocol run, outcome and metrics (what a tournament keeps). */
    @Benchmark
    public SessionOutcome boulwareConcederSession(Seed seed) {
        Transcript t = Session.play(party, saop, boulwareConceder, deadline, seed.next++, false, System::nanoTime);
        return Session.outcome(party, t);
    }

    /** The same session as a full result record with its trace (what {@code parley negotiate} builds). */
    @Benchmark
    public SessionResult boulwareConcederSessionWithTrace(Seed seed) {
        return Session.run(party, saop, boulwareConceder, deadline, seed.next++, true, System::nanoTime);
    }

    /** A runner of two threads for the tournament benchmark. */
    @State(Scope.Benchmark)
    public static class Runner {
        BatchRunner runner;

        @Setup
        public void open() {
            runner = BatchRunner.parallel(2);
        }

        @TearDown
        public void close() {
            runner.close();
        }
    }

    /** 10,008 sessions (4 time-dependent negotiators x 12 ordered pairs x 834 repetitions) on 2 threads. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public List<SessionRow> tournament10k(Runner r) {
        Tournament t = new Tournament(new TournamentConfig("saop", deadline, 834, false, 1), timeDependent, domains,
                Tournament.DEFAULT_MAX_SESSIONS, System::nanoTime);
        return t.run(r.runner, Map.of(), 1024, x -> { });
    }
}
