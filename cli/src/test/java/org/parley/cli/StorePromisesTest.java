package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run store's promises through the command line (issue 9): a damaged store, or one whose schema history Parley
 * did not write, stops the command before any analysis runs or prints, with exit code 2, and is left byte for byte
 * as it was, with no file added beside it; rerunning a recorded run never writes over the original's output.
 */
class StorePromisesTest {

    private static final String FLAGSHIP = "examples/ukraine-2022-grand-bargain.yaml";

    @TempDir
    Path dir;

    private Path store(String name) {
        Path db = dir.resolve(name);
        assertThat(Cli.run("show", "examples/emission-1994.yaml", "--db", db.toString()).code()).isZero();
        return db;
    }

    private void assertStoppedBeforeTheAnalysis(Path db, String message) throws Exception {
        byte[] bytes = Files.readAllBytes(db);
        FileTime mtime = Files.getLastModifiedTime(db);
        long files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.count();
        }
        Path report = dir.resolve("report.html");
        Cli.Run run = Cli.run("analyze", FLAGSHIP, "--db", db.toString(), "-o", report.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(Parley.BAD_INPUT);
        assertThat(run.out()).as("nothing printed: the store is checked before the analysis").isEmpty();
        assertThat(run.err()).contains(message).contains("left untouched").doesNotContain("Exception");
        assertThat(report).doesNotExist();
        assertThat(Files.readAllBytes(db)).isEqualTo(bytes);
        assertThat(Files.getLastModifiedTime(db)).isEqualTo(mtime);
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.count()).as("no file added beside the store").isEqualTo(files);
        }
    }

    @Test
    void aStoreDamagedInsideStopsTheCommandBeforeTheAnalysis() throws Exception {
        Path db = store("damaged.db");
        for (int k = 0; k < 20; k++) {
            Cli.run("show", "examples/emission-1994.yaml", "--db", db.toString());
        }
        byte[] bytes = Files.readAllBytes(db);
        for (int k = 2 * 4096; k < Math.min(bytes.length, 3 * 4096); k++) {
            bytes[k] = (byte) 0x5A;
        }
        Files.write(db, bytes);
        assertStoppedBeforeTheAnalysis(db, "damaged");
    }

    /** A store whose schema history also records {@code version}, as a later Parley would. */
    private Path storeRecordingVersion(String name, String version) throws Exception {
        Path db = store(name);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "installed_by, execution_time, success) VALUES (99, '" + version + "', 'x', 'SQL', 'V"
                    + version + "__x.sql', 'x', 0, 1)");
        }
        return db;
    }

    @Test
    void aSchemaVersionThatIsNotAWholeNumberIsRefusedUntouched() throws Exception {
        assertStoppedBeforeTheAnalysis(storeRecordingVersion("odd.db", "two"), "records schema version 'two'");
    }

    @Test
    void aStoreOfANewerParleyIsRefusedUntouched() throws Exception {
        assertStoppedBeforeTheAnalysis(storeRecordingVersion("newer.db", "7"),
                "schema version 7, written by a newer Parley");
    }

    @Test
    void aRerunNeverWritesOverTheOriginalsReport() throws Exception {
        Path db = dir.resolve("runs.db");
        Path report = dir.resolve("first.html");
        assertThat(Cli.run("analyze", FLAGSHIP, "--db", db.toString(), "-o", report.toString()).code()).isZero();
        Files.writeString(report, "the analyst's annotated copy");
        FileTime mtime = Files.getLastModifiedTime(report);
        Cli.Run rerun = Cli.run("runs", "rerun", "1", "--db", db.toString());
        assertThat(rerun.code()).as(rerun.err()).isZero();
        assertThat(report).hasContent("the analyst's annotated copy");
        assertThat(Files.getLastModifiedTime(report)).isEqualTo(mtime);
        assertThat(rerun.err()).contains("wrote " + dir.resolve("first.rerun-2.html") + " (run 2)");
    }
}
