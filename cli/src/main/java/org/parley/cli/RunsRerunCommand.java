package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.parley.io.Ids;
import org.parley.store.JdbcRunStore;
import org.parley.store.Run;
import org.parley.store.RunDiff;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley runs rerun ID}: runs a recorded command again on the scenario it read, and records the new run. */
@Command(name = "rerun", mixinStandardHelpOptions = true,
        description = {"Run a recorded command again with the same arguments on the scenario exactly as it was "
                + "stored (or, with --from-file, on its file as it is now), record the new run, and say on stderr "
                + "whether its inputs or headline results differ from the original's.",
            "Files the original wrote (-o, --png, --csv, --out, --export-genius, --trace-csv) are written beside "
                + "the original's, as NAME.rerun-ID.EXT with ID the new run's id (report.html becomes "
                + "report.rerun-12.html); --force writes over the original's instead. Each file written is named "
                + "on stderr."})
final class RunsRerunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "ID", description = "The run to repeat.")
    long id;

    @Option(names = "--from-file", description = "Read the scenario from its file as it is now, not the stored copy.")
    boolean fromFile;

    @Option(names = "--force", description = "Write the output files where the original run wrote them, replacing "
            + "them (default: beside them, as NAME.rerun-ID.EXT).")
    boolean force;

    @Override
    public Integer call() {
        Run run = RunsCommands.find(store, id);
        if (run.scenario() == null || run.scenarioFile() == null) {
            throw new Parley.UserError("run " + id + " stored no scenario (it failed before reading one, or it read a "
                    + "negotiation domain or tournament file, which are not stored); nothing to rerun"
                    + (run.scenarioFile() == null ? "" : ": run 'parley " + String.join(" ", run.args()) + "' again"));
        }
        Path tmp = null;
        try {
            List<String> args = new ArrayList<>(run.args());
            if (!fromFile) {
                tmp = Files.createTempDirectory("parley-rerun");
                String name = Ids.stem(run.scenarioFile());
                Path copy = tmp.resolve(name + ".yaml");
                Files.writeString(copy, run.scenario().content(), StandardCharsets.UTF_8);
                args.replaceAll(a -> a.equals(run.scenarioFile()) ? copy.toString() : a);
                args.addAll(List.of("--recorded-file", run.scenarioFile()));
            }
            if (!force) {
                args.add("--outputs-beside");
            }
            args.addAll(List.of("--db", store.location().url()));
            return execute(run, args);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the stored scenario to a temporary file: " + e.getMessage(),
                    e);
        } finally {
            delete(tmp);
        }
    }

    private int execute(Run run, List<String> args) {
        CommandLine cl = Parley.commandLine(args.isEmpty() ? null : args.get(0));
        cl.setOut(spec.commandLine().getOut());
        cl.setErr(spec.commandLine().getErr());
        Recorder.LAST.remove();
        int code = cl.execute(args.toArray(String[]::new));
        Long rerun = Recorder.LAST.get();
        PrintWriter err = spec.commandLine().getErr();
        if (rerun != null) {
            Run again;
            try (JdbcRunStore s = store.open()) {
                again = s.find(rerun).orElseThrow();
            }
            RunDiff diff = RunDiff.of(run, again);
            err.println("parley: rerun of run " + run.id() + " recorded as run " + rerun + "; "
                    + (diff.same() ? "same inputs and headline results"
                    : diff.inputs().size() + " inputs and " + diff.results().size() + " headline results differ "
                    + "(parley runs diff " + run.id() + " " + rerun + ")"));
        }
        err.flush();
        return code;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
