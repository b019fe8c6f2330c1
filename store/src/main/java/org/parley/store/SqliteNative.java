package org.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Loads SQLite's native library from a per-user cache ({@code ~/.cache/parley/sqlite-VERSION/OS/ARCH}), extracted
 * once, instead of letting the driver extract a fresh copy into the temporary folder in every process (a large part
 * of what opening the store used to cost). The library's folder for this OS and architecture is remembered beside
 * it, so that later processes skip the driver's OS probe. Falls back to the driver's own extraction when the cache
 * cannot be written.
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
            String name = System.mapLibraryName("sqlitejdbc");
            String version = version();
            Path root = cacheRoot();
            if (version == null || root == null) {
                return null;
            }
            Path home = root.resolve("sqlite-" + version);
            Path known = home.resolve(platformKey());
            String folder = knownFolder(known);
            if (folder != null && Files.isRegularFile(home.resolve(folder).resolve(name))) {
                return home.resolve(folder).resolve(name); // no OS probe: it runs 'uname' in a process (40 ms)
            }
            folder = org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS();
            String resource = "/org/sqlite/native/" + folder + "/" + name;
            if (SqliteNative.class.getResource(resource) == null) {
                return null;
            }
            Path lib = home.resolve(folder).resolve(name);
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
            remember(known, folder);
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

    /** The file naming the driver's library folder for this JVM's OS and architecture. */
    private static String platformKey() {
        String key = System.getProperty("os.name", "") + "-" + System.getProperty("os.arch", "");
        return "folder-" + key.replaceAll("[^0-9A-Za-z._-]", "_") + ".txt";
    }

    /** The folder remembered in {@code known} (like {@code Linux/x86_64}), or null. */
    private static String knownFolder(Path known) {
        try {
            String f = Files.readString(known).trim();
            return f.matches("[0-9A-Za-z_-]{1,40}/[0-9A-Za-z_-]{1,40}") ? f : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Remembers the folder for the next process (written whole, then moved into place). */
    private static void remember(Path known, String folder) throws IOException {
        if (folder.equals(knownFolder(known))) {
            return;
        }
        Path tmp = Files.createTempFile(known.getParent(), "folder", ".part");
        try {
            Files.writeString(tmp, folder + "\n");
            Files.move(tmp, known, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
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
