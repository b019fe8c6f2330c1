package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs survive a SIGKILL whole or not at all, and concurrent writers lose nothing. Child JVMs do the writing. */
class DurabilityTest {

    @TempDir
    Path dir;

    @Test
    void a_writer_killed_mid_run_leaves_a_consistent_database_without_half_runs() throws Exception {
        Path db = dir.resolve("kill.db");
        int[] delaysMs = {0, 37, 113};
        long before = 0;
        for (int delay : delaysMs) {
            Process p = ChildJvm.start(dir.resolve("writer.log"), StoreWriter.class, db.toString(), "0", "512", "K");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (countRuns(db) < before + 3 && System.nanoTime() < deadline && p.isAlive()) {
                Thread.sleep(20);
            }
            assertThat(p.isAlive()).as("writer still writing; log:\n" + log()).isTrue();
            Thread.sleep(delay);
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
            before = checkConsistent(db);
        }
        assertThat(before).isGreaterThanOrEqualTo(9);
    }

    @Test
    void two_processes_writing_at_once_lose_nothing() throws Exception {
        Path db = dir.resolve("both.db");
        Process a = ChildJvm.start(dir.resolve("a.log"), StoreWriter.class, db.toString(), "50", "4", "A");
        Process b = ChildJvm.start(dir.resolve("b.log"), StoreWriter.class, db.toString(), "50", "4", "B");
        assertThat(a.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(b.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(a.exitValue()).as(Files.readString(dir.resolve("a.log"))).isZero();
        assertThat(b.exitValue()).as(Files.readString(dir.resolve("b.log"))).isZero();
        try (JdbcRunStore store = JdbcRunStore.open(StoreLocation.of(db.toString()))) {
            assertThat(store.count()).isEqualTo(100);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT args, COUNT(*) FROM runs GROUP BY substr(args, 1, 4)")) {
            int groups = 0;
            while (rs.next()) {
                groups++;
                assertThat(rs.getInt(2)).isEqualTo(50);
            }
            assertThat(groups).isEqualTo(2);
        }
    }

    private String log() throws Exception {
        Path log = dir.resolve("writer.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private static long countRuns(Path db) {
        if (!Files.exists(db)) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = 5000");
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM runs")) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (Exception e) {
            return 0;
        }
    }

    /** Integrity check passes and every run is whole; returns the number of runs. */
    private static long checkConsistent(Path db) throws Exception {
        ObjectMapper json = new ObjectMapper();
        long n = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
            try (ResultSet rs = st.executeQuery("SELECT r.status, r.result, s.content FROM runs r "
                    + "LEFT JOIN scenarios s ON s.hash = r.scenario_hash")) {
                while (rs.next()) {
                    n++;
                    assertThat(rs.getString(1)).isEqualTo("ok");
                    assertThat(rs.getString(3)).as("the run's scenario is stored with it").isNotNull();
                    JsonNode result = json.readTree(rs.getString(2));
                    assertThat(result.get("payload").asText()).hasSize(512 * 1024);
                    assertThat(result.get("end").asBoolean()).isTrue();
                }
            }
        }
        return n;
    }
}
