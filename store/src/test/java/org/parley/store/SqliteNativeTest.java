package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteNativeTest {

    @Test
    void every_process_loads_the_cached_library_and_none_extracts_a_copy_into_the_temporary_folder(@TempDir Path dir)
            throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path cache = dir.resolve("cache");
        Path db = dir.resolve("runs.db");
        for (String label : List.of("new", "existing", "again")) {
            Path log = dir.resolve(label + ".log");
            Process p = ChildJvm.start(log, Map.of("XDG_CACHE_HOME", cache.toString()),
                    List.of("-Djava.io.tmpdir=" + tmp, "-Xlog:class+load=info"), StoreWriter.class, db.toString(),
                    "1", "1", label);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String classes = Files.readString(log);
            assertThat(p.exitValue()).as(classes).isZero();
            assertThat(names(tmp)).as("after the " + label + " store").noneMatch(n -> n.contains("sqlite"));
            if (!label.equals("new")) {
                // the store's own check opens the existing file before any other connection: it too must use the
                // cache, without the driver's OS probe (a 'uname' process) and its copy of the library
                assertThat(classes).as(label).contains("org.sqlite.core.NativeDB")
                        .doesNotContain("org.sqlite.util.OSInfo");
            }
        }
        try (Stream<Path> files = Files.walk(cache)) {
            List<String> names = files.map(f -> cache.relativize(f).toString()).toList();
            assertThat(names).anyMatch(n -> n.endsWith(System.mapLibraryName("sqlitejdbc")))
                    .anyMatch(n -> n.matches("parley/sqlite-[^/]+/folder-.+\\.txt"));
        }
        try (JdbcRunStore store = JdbcRunStore.open(StoreLocation.of(db.toString()))) {
            assertThat(store.list(10)).hasSize(3);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
