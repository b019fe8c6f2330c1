package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'parley analyze' killed with SIGKILL in the middle of its runs leaves a consistent database and no half run. */
class KillTest {

    @TempDir
    Path dir;

    @Test
    void parley_killed_mid_run_leaves_the_database_consistent_and_without_a_half_written_run() throws Exception {
        Path db = dir.resolve("kill.db");
        Path log = dir.resolve("child.log");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", cp, RepeatedAnalyze.class.getName(), db.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (runs(db) < 2 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(25);
        }
        assertThat(p.isAlive()).as("still running; log: " + Files.readString(log).lines().limit(20).toList())
                .isTrue();
        Thread.sleep(150);
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        ObjectMapper json = new ObjectMapper();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
            int n = 0;
            try (ResultSet rs = st.executeQuery("SELECT r.status, r.result, s.content FROM runs r "
                    + "LEFT JOIN scenarios s ON s.hash = r.scenario_hash")) {
                while (rs.next()) {
                    n++;
                    assertThat(rs.getString(1)).isEqualTo("ok");
                    assertThat(rs.getString(3)).startsWith("parley: 1");
                    JsonNode result = json.readTree(rs.getString(2));
                    assertThat(result.get("forecasts")).hasSize(org.parley.core.forecast.ForecastModels.names().size());
                    assertThat(result.get("packages")).hasSize(3);
                }
            }
            assertThat(n).isGreaterThanOrEqualTo(2);
        }
    }

    private static long runs(Path db) {
        if (!Files.exists(db)) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = 5000");
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM runs")) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (Exception e) {
            return 0;
        }
    }
}
