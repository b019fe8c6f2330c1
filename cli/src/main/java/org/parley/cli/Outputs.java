package org.parley.cli;

import java.nio.file.Path;
import org.parley.io.OutputPaths;
import org.parley.io.text.TextFile;
import org.parley.store.StoreException;
import org.parley.store.StoreLocation;

/** The output check of a command: its outputs may overwrite neither the run database nor any input of the run. */
final class Outputs {

    private Outputs() {
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
