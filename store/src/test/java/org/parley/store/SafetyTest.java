package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Foreign, damaged and newer databases are refused with a clear message and left untouched; old ones migrate. */
class SafetyTest {

    @TempDir
    Path dir;

    private void assertRefusedUntouched(Path file, String message) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        FileTime mtime = Files.getLastModifiedTime(file);
        try (var listing = Files.list(dir)) {
            long files = listing.count();
            assertThatThrownBy(() -> JdbcRunStore.open(StoreLocation.of(file.toString())))
                    .isInstanceOf(StoreException.class).hasMessageContaining(message)
                    .hasMessageContaining("left untouched").hasMessageContaining(file.toString());
            try (var after = Files.list(dir)) {
                assertThat(after.count()).as("no -wal, -shm or lock file created").isEqualTo(files);
            }
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(mtime);
    }

    @Test
    void a_file_of_random_bytes_is_refused_and_left_untouched() throws Exception {
        Path file = dir.resolve("random.db");
        byte[] noise = new byte[64 * 1024];
        new Random(7).nextBytes(noise);
        Files.write(file, noise);
        assertRefusedUntouched(file, "is not a SQLite database");
    }

    @Test
    void a_damaged_sqlite_file_is_refused_and_left_untouched() throws Exception {
        Path file = dir.resolve("damaged.db");
        byte[] bytes = new byte[8192];
        new Random(3).nextBytes(bytes);
        System.arraycopy("SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, bytes, 0, 16);
        Files.write(file, bytes);
        assertRefusedUntouched(file, "left untouched");
    }

    @Test
    void a_sqlite_database_of_another_application_is_refused_and_left_untouched() throws Exception {
        Path file = dir.resolve("crm.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
            st.execute("INSERT INTO customers (name) VALUES ('Ada')");
        }
        assertRefusedUntouched(file, "another application (tables: customers)");
    }

    /** A store of the latest schema whose history also records {@code version}, as a later Parley would. */
    private Path storeRecordingVersion(String name, String version) throws Exception {
        Path file = dir.resolve(name);
        JdbcRunStore.open(StoreLocation.of(file.toString())).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "installed_by, execution_time, success) VALUES (99, '" + version + "', 'later', 'SQL', "
                    + "'V" + version.replace('.', '_') + "__later.sql', 'x', 0, 1)");
        }
        return file;
    }

    @Test
    void a_database_of_a_newer_parley_is_refused_and_left_untouched() throws Exception {
        assertRefusedUntouched(storeRecordingVersion("newer.db", "3"), "has schema version 3, written by a newer "
                + "Parley");
    }

    @Test
    void a_schema_history_with_a_version_that_is_not_a_whole_number_is_refused_and_left_untouched() throws Exception {
        assertRefusedUntouched(storeRecordingVersion("odd.db", "2.1"), "records schema version '2.1', which is not a "
                + "version Parley writes");
    }

    @Test
    void a_store_damaged_inside_is_refused_at_once_and_left_untouched() throws Exception {
        Path file = dir.resolve("inside.db");
        try (JdbcRunStore s = JdbcRunStore.open(StoreLocation.of(file.toString()))) {
            for (int k = 0; k < 40; k++) {
                s.record(Runs.ok("show", "name: S" + k + "\n", "{\"k\": \"" + "x".repeat(2000) + "\"}"));
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        int page = 4096;
        assertThat(bytes.length).isGreaterThan(8 * page);
        for (int k = 5 * page; k < 6 * page; k++) {
            bytes[k] = (byte) 0xA5; // one page of the runs table overwritten; the header is intact
        }
        Files.write(file, bytes);
        assertRefusedUntouched(file, "is damaged");
    }

    @Test
    void a_database_at_schema_1_is_migrated_to_the_latest_and_keeps_its_runs() throws Exception {
        Path file = dir.resolve("old.db");
        long id;
        try (JdbcRunStore v1 = JdbcRunStore.open(StoreLocation.of(file.toString()), "1")) {
            id = v1.record(Runs.ok("show", "name: Old\n", "{\"old\": true}"));
        }
        assertThat(indexes(file)).doesNotContain("runs_started_at");
        try (JdbcRunStore latest = JdbcRunStore.open(StoreLocation.of(file.toString()))) {
            assertThat(latest.find(id).orElseThrow().result()).isEqualTo("{\"old\": true}");
        }
        assertThat(indexes(file)).contains("runs_started_at", "runs_scenario_hash");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(Schema.LATEST);
        }
    }

    private static String indexes(Path file) throws Exception {
        StringBuilder b = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'index'")) {
            while (rs.next()) {
                b.append(rs.getString(1)).append(' ');
            }
        }
        return b.toString();
    }
}
