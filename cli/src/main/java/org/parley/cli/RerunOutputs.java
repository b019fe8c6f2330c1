package org.parley.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.parley.io.CannotWriteException;

/**
 * The outputs of a rerun, which never replace the original run's files: each output (a file or a folder) is written
 * first into a hidden folder beside the path the original run wrote, then, once the new run is recorded and its id
 * {@code N} known, moved beside that path as {@code NAME.rerun-N.EXT} ({@code report.html} becomes
 * {@code report.rerun-12.html}, the folder {@code charts} becomes {@code charts.rerun-12}). A move never replaces
 * anything.
 */
final class RerunOutputs {

    /** Each output as given (the original run's path) and where it is staged. */
    private final Map<Path, Path> staged = new LinkedHashMap<>();
    /** Each staged output moved into place, and where it went. */
    private final Map<Path, Path> placed = new LinkedHashMap<>();

    /**
     * Where to write the output given as {@code given}: a path in a hidden folder beside it, named at random, which
     * the first write creates (so that nothing is made before the outputs are checked).
     */
    Path stage(Path given) {
        Path at = staged.get(given);
        if (at != null) {
            return at;
        }
        Path abs = given.toAbsolutePath().normalize();
        if (abs.getFileName() == null || abs.getParent() == null) {
            throw new CannotWriteException("'" + given + "' is not a file or folder name; a rerun writes beside it");
        }
        at = abs.getParent().resolve(".parley-rerun-" + UUID.randomUUID()).resolve(abs.getFileName().toString());
        staged.put(given, at);
        return at;
    }

    /** The name an output given as {@code given} takes in run {@code run}: {@code NAME.rerun-RUN.EXT}. */
    static Path beside(Path given, long run) {
        String name = given.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String tag = ".rerun-" + run;
        return given.resolveSibling(dot > 0 ? name.substring(0, dot) + tag + name.substring(dot) : name + tag);
    }

    /** Moves every staged output that was written beside its original, named for run {@code run}. */
    void place(long run) {
        for (Map.Entry<Path, Path> e : staged.entrySet()) {
            Path from = e.getValue();
            if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS) || placed.containsKey(from)) {
                continue;
            }
            Path to = beside(e.getKey(), run);
            if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
                throw new CannotWriteException(to + " exists already, so the rerun (recorded as run " + run
                        + ") did not write its " + e.getKey().getFileName() + " there; rerun with --force to write "
                        + "over " + e.getKey() + " instead");
            }
            try {
                try {
                    Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException x) {
                    Files.move(from, to);
                }
            } catch (IOException | SecurityException x) {
                throw new CannotWriteException("cannot write " + to + ": " + x.getMessage());
            }
            placed.put(from, to);
        }
    }

    /**
     * Where a file written at {@code written} is now: moved with its output, unchanged when it was not staged, or
     * null when its output was staged and never moved (the run failed).
     */
    Path placed(Path written) {
        for (Map.Entry<Path, Path> e : placed.entrySet()) {
            if (written.startsWith(e.getKey())) {
                return e.getValue().resolve(e.getKey().relativize(written).toString()).normalize();
            }
        }
        return staged.values().stream().anyMatch(written::startsWith) ? null : written;
    }

    /** Deletes the hidden folders, with whatever was staged and not moved. */
    void discard() {
        for (Path at : staged.values()) {
            if (!Files.exists(at.getParent(), LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(at.getParent())) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | SecurityException ignored) {
                // a hidden, empty folder left behind is harmless
            }
        }
    }
}
