package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.parley.io.OutputPaths;
import org.parley.io.text.TextFile;
import org.parley.store.StoreException;
import org.parley.store.StoreLocation;

/**
 * A command's output files: the check that they overwrite neither the run database nor any input of the run, where
 * each is written ({@link Sink}), and the one line that says so on stderr, {@code wrote report.html (run 12)}.
 */
final class Outputs {

    private Outputs() {
    }

    /** Where a command writes its output files, and how their writing is announced. */
    interface Sink {

        /**
         * Where to write the output the user gave as {@code given} (a file or a folder): {@code given} itself, or
         * in a rerun a place from which it is moved beside {@code given} once the run is recorded.
         */
        Path target(Path given);

        /** Notes a file just written (at or under a path {@link #target} returned), to announce it. */
        void wrote(Path file);
    }

    /** A sink for a command that records no run of its own: files go where given and are announced at once. */
    static Sink immediate(PrintWriter err, Long run) {
        return new Sink() {
            @Override
            public Path target(Path given) {
                return given;
            }

            @Override
            public void wrote(Path file) {
                Outputs.wrote(err, file, run);
            }
        };
    }

    /** The one line that says a file was written: {@code wrote FILE (run N)}, or {@code wrote FILE} with no run. */
    static void wrote(PrintWriter err, Path file, Long run) {
        err.println("wrote " + file + (run == null ? "" : " (run " + run + ")"));
        err.flush();
    }

    /**
     * Paths to check before any work: the run database named by {@code db} (or PARLEY_DB, or the default; kept
     * even under --no-store) with its side files, and each input.
     */
    static OutputPaths protecting(String db, Path... inputs) {
        OutputPaths o = new OutputPaths();
        try {
            StoreLocation at = StoreLocation.resolve(db);
            for (Path f : at.files()) {
                o.keep(f, f.equals(at.file()) ? "the run database" : "a file of the run database");
            }
        } catch (StoreException | IllegalArgumentException e) {
            // an unusable --db is reported by the store itself; there is no database file to keep then
        }
        for (Path in : inputs) {
            if (in != null && !in.toString().equals(TextFile.STDIN)) {
                o.keep(in, "an input of this run");
            }
        }
        return o;
    }
}
