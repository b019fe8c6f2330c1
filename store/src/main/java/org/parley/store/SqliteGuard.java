package org.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * Looks at an existing SQLite file before Parley writes to it, read-only, and refuses a file that is not SQLite,
 * is damaged, or holds another application's tables. The file is never changed by the check.
 */
final class SqliteGuard {

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    static final String ADVICE = "; it was left untouched. Point --db or PARLEY_DB at another file, "
            + "or run with --no-store.";

    private SqliteGuard() {
    }

    /** Throws {@link StoreException} unless the file is absent, empty, or a Parley run database. */
    static void check(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        if (!Files.isRegularFile(file)) {
            throw new StoreException("the run database " + file + " is not a regular file" + ADVICE);
        }
        try {
            if (Files.size(file) == 0) {
                return;
            }
            byte[] head = new byte[MAGIC.length];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            }
            if (n < MAGIC.length || !java.util.Arrays.equals(head, MAGIC)) {
                throw new StoreException("the run database " + file + " is not a SQLite database (it may be "
                        + "damaged, or another kind of file)" + ADVICE);
            }
        } catch (IOException e) {
            throw new StoreException("cannot read the run database " + file + ": " + e.getMessage(), e);
        }
        inspect(file);
    }

    /**
     * Reads the file read-only: its tables (another application's are refused), its integrity ({@code PRAGMA
     * quick_check}, so that a damaged store stops the command before any analysis runs) and its schema history
     * (a version that is not a whole number, or newer than this Parley knows, is refused).
     */
    private static void inspect(Path file) {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        if (Files.exists(wal)) {
            inspect(file, false);
            return;
        }
        try {
            inspect(file, true);
        } catch (Damaged e) {
            if (!Files.exists(wal)) {
                throw e;
            }
            // a writer started meanwhile and may have shown a half-checkpointed file: look again, with locks
            inspect(file, false);
        }
    }

    /** A store that looked damaged (may be looked at again). */
    private static final class Damaged extends StoreException {
        private static final long serialVersionUID = 1L;

        Damaged(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Reads the file read-only; {@code immutable}: as a file nobody writes (no -wal or -shm file is made beside a
     * closed store, so that a refused store gains no files), else with SQLite's locks.
     */
    private static void inspect(Path file, boolean immutable) {
        SqliteNative.prepare(); // this is the process's first connection: load the cached library, not a fresh copy
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        if (immutable) {
            config.setOpenMode(org.sqlite.SQLiteOpenMode.OPEN_URI);
        }
        String url = immutable ? "jdbc:sqlite:" + file.toUri().toString().replaceFirst("^file:///", "file:/")
                + "?immutable=1" : "jdbc:sqlite:" + file;
        try (Connection c = DriverManager.getConnection(url, config.toProperties());
             Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            boolean parley = tables.contains("flyway_schema_history") && tables.contains("runs")
                    || tables.equals(List.of("flyway_schema_history"));
            if (!tables.isEmpty() && !parley) {
                throw new StoreException("the run database " + file + " is a SQLite database of another application "
                        + "(tables: " + String.join(", ", tables) + "), not Parley's" + ADVICE);
            }
            try (ResultSet rs = st.executeQuery("PRAGMA quick_check(1)")) {
                String verdict = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equals(verdict)) {
                    throw new Damaged("the run database " + file + " is damaged (SQLite's check says: "
                            + verdict + ")" + ADVICE, null);
                }
            }
            if (tables.contains("flyway_schema_history")) {
                int version = Schema.version(c, file.toString());
                if (version > Schema.LATEST) {
                    throw Schema.newer(file.toString(), version);
                }
            }
        } catch (SQLException e) {
            throw new Damaged("the run database " + file + " cannot be read as SQLite (" + e.getMessage()
                    + "); it may be damaged" + ADVICE, e);
        }
    }
}
