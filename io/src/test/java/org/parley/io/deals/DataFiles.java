package org.parley.io.deals;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the project's bundled data folder from wherever the tests run. */
final class DataFiles {

    private DataFiles() {
    }

    static Path data(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("data/genius"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("data/ not found above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("data").resolve(relative);
    }
}
