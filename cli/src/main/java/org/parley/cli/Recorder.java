package org.parley.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.core.scenario.Scenario;
import org.parley.io.json.ResultJson;
import org.parley.store.JdbcRunStore;
import org.parley.store.NewRun;
import org.parley.store.RunStatus;
import org.parley.store.ScenarioSnapshot;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Records one command's run in the store: opened before the work (so a foreign or damaged database stops the
 * command at once), written in one transaction when the result or the failure is known.
 */
final class Recorder implements AutoCloseable {

    /** The id of the last run recorded on this thread (for 'runs rerun'). */
    static final ThreadLocal<Long> LAST = new ThreadLocal<>();

    private static final Set<String> OWN_OPTIONS = Set.of("--db", "--recorded-file");

    private final JdbcRunStore store;
    private final String command;
    private final List<String> args;
    private final String recordedFile;
    private final Instant started = Instant.now();
    private ScenarioSnapshot scenario;
    private String file;

    private Recorder(JdbcRunStore store, String command, List<String> args, String recordedFile) {
        this.store = store;
        this.command = command;
        this.args = args;
        this.recordedFile = recordedFile;
    }

    /** A recorder for the command, with its store open; records nothing under {@code --no-store}. */
    static Recorder start(StoreOptions.Recording options, CommandSpec spec) {
        List<String> given = spec.commandLine().getParseResult() == null ? List.of()
                : spec.commandLine().getParseResult().originalArgs();
        return new Recorder(options.open().orElse(null), spec.name(), ownArgs(given), options.recordedFile);
    }

    /** The arguments as given, less the store's own options (where runs go is not part of the run). */
    static List<String> ownArgs(List<String> given) {
        return Args.without(given, OWN_OPTIONS, Set.of("--no-store"));
    }

    /** The scenario the run read, and the file it came from. */
    void scenario(Scenario s, Path from) {
        if (store == null) {
            return;
        }
        scenario = ScenarioSnapshot.of(s);
        file = from.toString();
    }

    /** Records a run that produced {@code document} (stored as its JSON) with the parameters it used. */
    void ok(Object document, Map<String, Object> params) {
        write(RunStatus.OK, ResultJson.write(document), null, params);
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
        if (store == null || scenario == null) {
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
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
    }
}
