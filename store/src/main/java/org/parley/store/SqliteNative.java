package org.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Loads SQLite's native library from a per-user cache ({@code ~/.cache/parley/sqlite-VERSION/OS/ARCH}), extracted
 * once, instead of letting the driver extract a fresh copy into the temporary folder in every process (a large part
 * of what opening the store used to cost). Falls back to the driver's own extraction when the cache cannot be
 * written.
 */
final class SqliteNative {

    private static final String VERSION = "/sqlite-jdbc.properties";

    private static volatile boolean prepared;

    private SqliteNative() {
    }

    /** Points the driver at the cached library (extracting it first if needed); call before the first connection. */
    static void prepare() {
        if (prepared || System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        synchronized (SqliteNative.class) {
            if (!prepared) {
                use(cached());
                prepared = true;
            }
        }
    }

    private static void use(Path lib) {
        if (lib != null) {
            System.setProperty("org.sqlite.lib.path", lib.getParent().toString());
            System.setProperty("org.sqlite.lib.name", lib.getFileName().toString());
        }
    }

    /** The cached library, extracted if missing; null when there is no cache to use. */
    private static Path cached() {
        try {
            String folder = org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS();
            String name = System.mapLibraryName("sqlitejdbc");
            String resource = "/org/sqlite/native/" + folder + "/" + name;
            String version = version();
            Path root = cacheRoot();
            if (version == null || root == null || SqliteNative.class.getResource(resource) == null) {
                return null;
            }
            Path lib = root.resolve("sqlite-" + version).resolve(folder).resolve(name);
            if (!Files.isRegularFile(lib)) {
                Files.createDirectories(lib.getParent());
                Path tmp = Files.createTempFile(lib.getParent(), name, ".part");
                try (InputStream in = SqliteNative.class.getResourceAsStream(resource)) {
                    Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(tmp, lib, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
            return lib;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String version() throws IOException {
        try (InputStream in = SqliteNative.class.getResourceAsStream(VERSION)) {
            if (in == null) {
                return null;
            }
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            String v = p.getProperty("version", "").trim();
            return v.matches("[0-9A-Za-z._-]{1,40}") ? v : null;
        }
    }

    private static Path cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "parley");
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() || home.equals("?") ? null : Path.of(home, ".cache", "parley");
    }
}
