package org.parley.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one check of every path a command writes (a report, charts, a converted scenario, an exported domain), made
 * before any work starts. Refuses, with exit code 2 and a message naming the path and the reason: the run database
 * and its side files (and any SQLite database, and the side files of one), any input of the run (the same file by
 * any name: links, {@code ./}, another spelling), an
 * empty name, a symbolic link, a folder where a file is expected (or a file where a folder is), a device node, a
 * FIFO or a socket, and a place where no file can be created ({@code /proc}, a read-only disk). Writes go through
 * {@link AtomicFiles}, which checks the target again just before it replaces it.
 */
public final class OutputPaths {

    /** A file the run must not write over, and what it is ("the run database", "an input of this run"). */
    private record Kept(Path path, String what) {
    }

    private final List<Kept> kept = new ArrayList<>();

    /** Paths to check, keeping {@code file} (described as {@code what}); a null file is ignored. */
    public OutputPaths keep(Path file, String what) {
        if (file != null) {
            kept.add(new Kept(file, what));
        }
        return this;
    }

    /** Checks a file output given with {@code option} (e.g. {@code -o}); returns it. */
    public Path file(Path target, String option) {
        check(target, option);
        probe(target, option);
        return target;
    }

    /**
     * Checks a folder output given with {@code option} (e.g. {@code --png}) and the files of it the command will
     * write ({@code names}); returns the folder.
     */
    public Path folder(Path dir, List<String> names, String option) {
        if (dir.toString().isBlank()) {
            throw new CannotWriteException(option + ": '' is not a folder name; expected a folder to write into");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new CannotWriteException(option + ": " + dir + " is " + (Files.isRegularFile(dir, LinkOption
                    .NOFOLLOW_LINKS) ? "a file" : "a device, FIFO, socket or link") + ", not a folder; expected a "
                    + "folder to write into");
        }
        for (String name : names) {
            check(dir.resolve(name), option);
        }
        probe(dir.resolve(".parley-check"), option);
        return dir;
    }

    private void check(Path target, String option) {
        try {
            AtomicFiles.requireReplaceable(target);
        } catch (CannotWriteException e) {
            throw new CannotWriteException(option + ": " + e.getMessage());
        }
        for (Kept k : kept) {
            if (same(target, k.path())) {
                throw new CannotWriteException(option + ": " + target + " is " + k.what() + "; writing it would "
                        + "destroy it; expected another file name");
            }
        }
        String database = sqliteOf(target);
        if (database != null) {
            throw new CannotWriteException(option + ": " + target + " is " + database + "; writing it would destroy "
                    + "it; expected another file name");
        }
    }

    /** SQLite's side files, which a database beside them takes for its own. */
    private static final List<String> SIDE_FILES = List.of("-wal", "-shm", "-journal");

    /**
     * What SQLite database {@code target} is or belongs to ("a SQLite database (a run store?)", "a file of the
     * SQLite database X"), or null: any database, not only this run's, may hold someone's runs.
     */
    private static String sqliteOf(Path target) {
        if (isSqlite(target)) {
            return "a SQLite database (perhaps a run store)";
        }
        String name = target.getFileName() == null ? "" : target.getFileName().toString();
        for (String side : SIDE_FILES) {
            if (name.endsWith(side)) {
                Path db = target.resolveSibling(name.substring(0, name.length() - side.length()));
                if (isSqlite(db)) {
                    return "a file SQLite keeps beside the database " + db;
                }
            }
        }
        return null;
    }

    private static boolean isSqlite(Path p) {
        if (!Files.isRegularFile(p)) {
            return false;
        }
        try (java.io.InputStream in = Files.newInputStream(p)) {
            return java.util.Arrays.equals(in.readNBytes(16), SQLITE_MAGIC);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static void probe(Path target, String option) {
        try {
            AtomicFiles.requireWritableFolder(target);
        } catch (CannotWriteException e) {
            throw new CannotWriteException(option + ": " + e.getMessage());
        }
    }

    /** Checks {@code target} again and writes it atomically. */
    public void write(Path target, String text, String option) {
        AtomicFiles.write(file(target, option), text);
    }

    /** Whether two paths name one file: the same file on disk, or (when either is absent) the same real path. */
    static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException | SecurityException e) {
            // fall through to comparing the paths
        }
        return real(a).equals(real(b));
    }

    /** The path with its nearest existing ancestor resolved to its real path (links, '..', relative parts). */
    private static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException | SecurityException e) {
            return abs;
        }
    }
}
