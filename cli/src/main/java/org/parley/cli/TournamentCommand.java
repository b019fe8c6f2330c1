package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.core.exec.BatchRunner;
import org.parley.core.negotiation.party.NegotiatorSpec;
import org.parley.core.negotiation.session.Setting;
import org.parley.core.negotiation.session.SettingOptions;
import org.parley.core.negotiation.tournament.SessionRow;
import org.parley.core.negotiation.tournament.Tournament;
import org.parley.core.negotiation.tournament.TournamentResult;
import org.parley.io.json.ResultJson;
import org.parley.io.negotiation.ProgressLog;
import org.parley.io.negotiation.TournamentFile;
import org.parley.io.negotiation.TournamentTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley tournament CONFIG.yaml}: negotiators x domains x role assignments x repetitions. */
@Command(name = "tournament", mixinStandardHelpOptions = true,
        description = {"Run a tournament: every negotiator against every other on every domain, in every role, "
                + "repeated; in parallel, deterministic given the seed (the same tables on any number of threads).",
            "With --out DIR it writes sessions.csv, negotiators.csv, domains.csv, pairings.csv and tournament.json "
                + "there, and keeps its progress in DIR/progress.jsonl: run the same command again after an "
                + "interruption and only the missing sessions run. The configuration format is in "
                + "docs/formats/tournament.md."})
final class TournamentCommand implements Callable<Integer> {

    /** Sessions recorded row by row in the run store at most; larger tournaments are stored without rows. */
    static final int MAX_STORED_ROWS = 10_000;

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    StoreOptions.Recording store;

    @Parameters(paramLabel = "CONFIG", description = "The tournament's configuration (YAML).")
    Path config;

    @Option(names = "--out", paramLabel = "DIR", description = "Write the tables there and keep the progress there.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: all cores).")
    Integer threads;

    @Option(names = "--plugin", paramLabel = "JAR", description = "A jar with negotiator plug-ins (repeatable).")
    List<Path> plugins = new ArrayList<>();

    @Option(names = "--max-sessions", paramLabel = "N", defaultValue = "1000000",
            description = "Refuse tournaments with more sessions (default ${DEFAULT-VALUE}).")
    long maxSessions;

    @Option(names = "--max-bids", paramLabel = "N", defaultValue = "2000000",
            description = "Index every outcome of spaces up to this size; sample larger ones (default "
                    + "${DEFAULT-VALUE}).")
    long maxBids;

    @Option(names = "--json", description = "Print the whole result as one JSON document on stdout.")
    boolean json;

    @Override
    public Integer call() {
        int t = Args.threads(threads);
        if (maxSessions < 1) {
            throw new Parley.UserError("--max-sessions " + maxSessions + ": expected a positive number");
        }
        if (maxBids < 1) {
            throw new Parley.UserError("--max-bids " + maxBids + ": expected a positive number");
        }
        PrintWriter err = spec.commandLine().getErr();
        TournamentFile tf = TournamentFile.read(config, input.limits());
        List<Path> jars = new ArrayList<>(tf.plugins());
        jars.addAll(plugins);
        if (tf.config().deadline().timed()) {
            err.println("warning: a deadline in wall time makes the results depend on this machine's speed and "
                    + "load; they are not reproducible");
        }
        RunFiles files = RunFiles.of(store, spec);
        try (Plugins plug = Plugins.load(jars); Recorder rec = Recorder.start(store, spec, files)) {
            rec.input(config);
            List<NegotiatorSpec> negotiators = tf.negotiators(plug.negotiators());
            Map<String, Setting> settings = tf.settings(input.limits(),
                    SettingOptions.defaults(1).withMaxBids(maxBids), SettingOptions.defaults(100).withMaxBids(maxBids));
            Tournament tournament = new Tournament(tf.config(), negotiators, settings, maxSessions, System::nanoTime);
            Map<String, Object> params = params(tf, t);
            ProgressLog log = out == null ? null : ProgressLog.open(out, tf.hash(Parley.version()), tournament.cells());
            try (BatchRunner runner = BatchRunner.parallel(t)) {
                Map<Integer, SessionRow> done = log == null ? Map.of() : log.done();
                if (!done.isEmpty()) {
                    err.println("resuming: " + done.size() + " of " + tournament.cells()
                            + " sessions already done in " + out.resolve(ProgressLog.FILE));
                }
                ProgressBar bar = new ProgressBar(err, "tournament", "sessions", tournament.cells(), done.size(),
                        ProgressBar.stderrIsTerminal());
                Chunks chunks = new Chunks(2 * t);
                List<SessionRow> rows = rec.attempt(() -> tournament.run(runner, done, chunks::next, part -> {
                    if (log != null) {
                        log.append(part);
                    }
                    bar.advance(part.size());
                }), params);
                bar.finish();
                TournamentResult r = tournament.result(rows);
                if (out != null) {
                    TournamentTables.write(r, out).forEach(files::wrote); // a working folder: never staged
                }
                rec.ok(r.rows().size() <= MAX_STORED_ROWS ? r : new TournamentResult(r.config(), r.negotiators(),
                        r.sessions(), r.perNegotiator(), r.perDomain(), r.perPairing(), List.of()), params);
                PrintWriter o = spec.commandLine().getOut();
                o.print(json ? ResultJson.write(r) : NegotiationText.tournament(r));
                o.flush();
            } finally {
                if (log != null) {
                    log.close();
                }
            }
        }
        return Parley.OK;
    }

    /**
     * Chunk sizes that keep each chunk (one append to the progress log) near a quarter of a second: doubled while
     * chunks are quicker, halved when slower. Results do not depend on them.
     */
    static final class Chunks {
        private int size;
        private long last = -1;

        Chunks(int first) {
            size = first;
        }

        int next() {
            long now = System.nanoTime();
            if (last >= 0) {
                long took = now - last;
                if (took < 100_000_000L) {
                    size = Math.min(size * 2, 65_536);
                } else if (took > 500_000_000L) {
                    size = Math.max(1, size / 2);
                }
            }
            last = now;
            return size;
        }
    }

    private Map<String, Object> params(TournamentFile tf, int threadCount) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seed", tf.config().seed());
        m.put("protocol", tf.config().protocol());
        m.put("deadline_rounds", tf.config().deadline().rounds());
        if (tf.config().deadline().timed()) {
            m.put("deadline_ms", tf.config().deadline().millis());
        }
        m.put("repetitions", tf.config().repetitions());
        m.put("self_play", tf.config().selfPlay());
        m.put("negotiators", tf.negotiators().stream().map(TournamentFile.Entry::text).toList());
        m.put("domains", tf.domains().stream().map(TournamentFile.DomainEntry::name).toList());
        m.put("threads", threadCount);
        m.put("max_bids", maxBids);
        return m;
    }
}
