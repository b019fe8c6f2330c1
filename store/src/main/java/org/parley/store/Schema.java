package org.parley.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The store's schema version and its Flyway migrations ({@code db/migration/<vendor>/V*.sql}). Migrations run only
 * when the database is behind; for a SQLite file they run under a file lock so that two processes opening a new
 * database at once do not both create it.
 */
final class Schema {

    /** The latest schema version this Parley knows. */
    static final int LATEST = 2;

    /** Flyway logs through java.util.logging, warnings only: a run's output stays the run's (kept: levels are weak). */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private Schema() {
    }

    /** The refusal of a database whose schema is newer than this Parley knows. */
    static StoreException newer(String display, int version) {
        return new StoreException("the run database " + display + " has schema version " + version
                + ", written by a newer Parley (this one knows up to " + LATEST + "); it was left untouched. Upgrade "
                + "Parley, or point --db at another database.");
    }

    /**
     * The version recorded in the database: 0 when it has no schema yet. A version that is not a whole number (a
     * history Parley did not write) is refused with a {@link StoreException} naming the database ({@code display}).
     */
    static int version(Connection c, String display) throws SQLException {
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT version FROM flyway_schema_history WHERE success "
                    + "AND version IS NOT NULL ORDER BY installed_rank DESC")) {
                int max = 0;
                while (rs.next()) {
                    String v = rs.getString(1);
                    try {
                        max = Math.max(max, Integer.parseInt(v.trim()));
                    } catch (NumberFormatException e) {
                        throw new StoreException("the run database " + display + " records schema version '"
                                + (v.length() > 40 ? v.substring(0, 40) + "..." : v) + "', which is not a version "
                                + "Parley writes (whole numbers 1 to " + LATEST + "); it was left untouched. Point --db "
                                + "at another database, or run with --no-store.");
                    }
                }
                return max;
            }
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("flyway_schema_history")
                    || "42P01".equals(e.getSQLState())) {
                if (!c.getAutoCommit()) {
                    c.rollback();
                }
                return 0;
            }
            throw e;
        }
    }

    /** Brings the database up to {@code target} (normally {@link #LATEST}); {@code ds} null connects by URL. */
    static void migrate(StoreLocation at, DataSource ds, String target) {
        FLYWAY_LOG.setLevel(Level.WARNING);
        var config = Flyway.configure(Schema.class.getClassLoader());
        config = ds != null ? config.dataSource(ds) : config.dataSource(at.url(), null, null);
        Flyway flyway = config
                .locations("classpath:db/migration/" + at.vendor())
                .target(target)
                .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator")
                .cleanDisabled(true)
                .load();
        Path lock = at.file() == null ? null : at.file().resolveSibling(at.file().getFileName() + ".migrate.lock");
        try {
            if (lock == null) {
                flyway.migrate();
                return;
            }
            try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock held = ch.lock();
                try {
                    flyway.migrate();
                } finally {
                    held.release();
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot lock " + lock + " to set up the run database: " + e.getMessage(), e);
        } catch (FlywayException e) {
            throw new StoreException("cannot bring the run database " + at.display() + " to schema version "
                    + target + ": " + e.getMessage(), e);
        }
    }

    /** Creates the folder of a SQLite file. */
    static void createFolder(StoreLocation at) {
        if (at.file() == null) {
            return;
        }
        try {
            Files.createDirectories(at.file().getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create the folder of the run database " + at.display() + ": "
                    + e.getMessage(), e);
        }
    }
}
