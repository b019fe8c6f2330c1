package org.parley.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.parley.core.scenario.Scenario;
import org.parley.io.json.ResultJson;
import org.parley.store.JdbcRunStore;
import org.parley.store.NewRun;
import org.parley.store.RunStatus;
import org.parley.store.ScenarioSnapshot;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Records one command's run in the store. The store opens on a background thread while the command reads its
 * input, and the command waits for it before any analysis runs (so a foreign or damaged database stops the command
 * before the work, without making every command pay for opening the store first); the run is written in one
 * transaction when the result or the failure is known; then the files the run wrote ({@link RunFiles}) are
 * announced with its id.
 */
final class Recorder implements AutoCloseable {

    /** The id of the last run recorded on this thread (for 'runs rerun'). */
    static final ThreadLocal<Long> LAST = new ThreadLocal<>();

    private static final Set<String> OWN_OPTIONS = Set.of("--db", "--recorded-file");
    private static final Set<String> OWN_SWITCHES = Set.of("--no-store", "--outputs-beside");

    private final CompletableFuture<JdbcRunStore> opening;
    private final String command;
    private final List<String> args;
    private final String recordedFile;
    private final Instant started = Instant.now();
    private final RunFiles files;
    private ScenarioSnapshot scenario;
    private String file;

    private Recorder(CompletableFuture<JdbcRunStore> opening, String command, List<String> args,
                     String recordedFile, RunFiles files) {
        this.opening = opening;
        this.command = command;
        this.args = args;
        this.recordedFile = recordedFile;
        this.files = files;
    }

    /** A recorder for the command, its store opening in the background; records nothing under {@code --no-store}. */
    static Recorder start(StoreOptions.Recording options, CommandSpec spec) {
        return start(options, spec, RunFiles.of(options, spec));
    }

    /** As {@link #start(StoreOptions.Recording, CommandSpec)}; names the run's {@code files} once it is recorded. */
    static Recorder start(StoreOptions.Recording options, CommandSpec spec, RunFiles files) {
        List<String> given = spec.commandLine().getParseResult() == null ? List.of()
                : spec.commandLine().getParseResult().originalArgs();
        CompletableFuture<JdbcRunStore> opening = options.noStore ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> options.open().orElse(null), Recorder::daemon);
        return new Recorder(opening, spec.name(), ownArgs(given), options.recordedFile, files);
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "parley-store-open");
        t.setDaemon(true);
        t.start();
    }

    /** The open store (waiting for it), or null under {@code --no-store}; rethrows why it could not open. */
    private JdbcRunStore store() {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** The arguments as given, less the store's own options (where runs go is not part of the run). */
    static List<String> ownArgs(List<String> given) {
        return Args.without(given, OWN_OPTIONS, OWN_SWITCHES);
    }

    /** The scenario the run read, and the file it came from; waits for the store to be open. */
    void scenario(Scenario s, Path from) {
        if (store() == null) {
            return;
        }
        scenario = ScenarioSnapshot.of(s);
        file = from.toString();
    }

    /** The input the run read when it is not a scenario (a GENIUS/GeniusWeb domain, a data set). */
    void input(Path from) {
        store();
        file = from.toString();
    }

    /**
     * The data set a run read instead of a scenario (a backtest): stored as the scenario of the run, with the file's
     * text as content and its SHA-256 as hash, so that runs on the same data share one row and 'runs rerun' reads
     * the stored copy back.
     */
    void dataset(String name, String content, Path from) {
        if (store() == null) {
            return;
        }
        scenario = new ScenarioSnapshot(name, content, ScenarioSnapshot.sha256(content));
        file = from.toString();
    }

    /** Records a run that produced {@code document} (stored as its JSON) with the parameters it used. */
    void ok(Object document, Map<String, Object> params) {
        ok(ResultJson.write(document), params);
    }

    /** Records a run whose result document is already written as JSON. */
    void ok(String json, Map<String, Object> params) {
        write(RunStatus.OK, json, null, params);
    }

    /**
     * Runs an analysis of the scenario already read; if it throws, records the run as failed (with the parameters
     * known so far) and rethrows.
     */
    <T> T attempt(java.util.function.Supplier<T> analysis, Map<String, Object> paramsSoFar) {
        try {
            return analysis.get();
        } catch (RuntimeException e) {
            failed(e, paramsSoFar);
            throw e;
        }
    }

    /** Records a run that failed after reading its scenario. */
    void failed(RuntimeException e, Map<String, Object> params) {
        write(RunStatus.FAILED, null, String.valueOf(e.getMessage()), params);
    }

    private void write(RunStatus status, String result, String message, Map<String, Object> params) {
        JdbcRunStore store = store();
        if (store == null || file == null) {
            files.announce(null, status == RunStatus.OK);
            return;
        }
        List<String> recordedArgs = args;
        String recordedAs = file;
        if (recordedFile != null) {
            recordedArgs = args.stream().map(a -> a.equals(file) ? recordedFile : a).toList();
            recordedAs = recordedFile;
        }
        Object seed = params.get("seed");
        long id = store.record(new NewRun(command, recordedArgs, params, scenario, recordedAs,
                seed instanceof Number n ? n.longValue() : null, Parley.version(), started, Instant.now(), status,
                result, message));
        LAST.set(id);
        files.announce(id, status == RunStatus.OK);
    }

    @Override
    public void close() {
        files.close();
        JdbcRunStore store;
        try {
            store = opening.join();
        } catch (CompletionException e) {
            return;
        }
        if (store != null) {
            store.close();
        }
    }
}
