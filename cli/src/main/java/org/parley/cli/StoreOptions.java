package org.parley.cli;

import java.util.Optional;
import org.parley.store.JdbcRunStore;
import org.parley.store.StoreLocation;
import picocli.CommandLine.Option;

/** Where runs are recorded: {@code --db} (a SQLite file or a JDBC URL; else PARLEY_DB, else ~/.parley/parley.db). */
final class StoreOptions {

    @Option(names = "--db", paramLabel = "DB", description = "The run database: a SQLite file or a JDBC URL "
            + "(default: $PARLEY_DB, else ~/.parley/parley.db).")
    String db;

    /** The store's location. */
    StoreLocation location() {
        return StoreLocation.resolve(db);
    }

    /** The opened store; fails with a clear message on a foreign or damaged database. */
    JdbcRunStore open() {
        return JdbcRunStore.open(location());
    }

    /** Options of commands that record their run. */
    static final class Recording {

        @Option(names = "--db", paramLabel = "DB", description = "Record the run in this database: a SQLite file "
                + "or a JDBC URL (default: $PARLEY_DB, else ~/.parley/parley.db).")
        String db;

        @Option(names = "--no-store", description = "Do not record this run.")
        boolean noStore;

        @Option(names = "--recorded-file", hidden = true, paramLabel = "FILE",
                description = "The scenario file name to record (used by 'runs rerun').")
        String recordedFile;

        @Option(names = "--outputs-beside", hidden = true,
                description = "Write each output beside the path given, as NAME.rerun-ID.EXT (used by 'runs rerun').")
        boolean outputsBeside;

        /** The store to record in, or empty with {@code --no-store}. */
        Optional<JdbcRunStore> open() {
            return noStore ? Optional.empty() : Optional.of(JdbcRunStore.open(StoreLocation.resolve(db)));
        }
    }
}
