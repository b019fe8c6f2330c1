package org.parley.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that readers see the old content or the new, never a half-written file: into a hidden temporary
 * file beside the target, then moved into place. Only a regular file (or nothing) is ever replaced: a symbolic
 * link, a folder, a device node, a FIFO or a socket at the target is refused, so that {@code -o /dev/null} can never
 * turn the machine's {@code /dev/null} into a file. Every failure is a {@link CannotWriteException} naming the file.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Temporary files are created owner-only; the file moved into place should read like any other output. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Writes {@code text} (UTF-8) to a temporary file beside {@code target}, then moves it into place. */
    public static void write(Path target, String text) {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes} to a temporary file beside {@code target}, then moves it into place. */
    public static void write(Path target, byte[] bytes) {
        requireReplaceable(target);
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            Files.write(tmp, bytes);
            readableByAll(tmp);
            requireReplaceable(target);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | SecurityException e) {
            throw new CannotWriteException("cannot write " + target + ": " + reason(e));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and named after the target
                }
            }
        }
    }

    /**
     * Throws {@link CannotWriteException} unless {@code target} is absent or a regular file (not a link): what
     * {@link #write} may replace. Returns the target.
     */
    public static Path requireReplaceable(Path target) {
        if (target.getFileName() == null || target.toString().isBlank()) {
            throw new CannotWriteException("'" + target + "' is not a file name; expected a file to write");
        }
        if (Files.isSymbolicLink(target)) {
            throw new CannotWriteException(target + " is a symbolic link; Parley writes only to real files (a link "
                    + "would be replaced, or the file it points to overwritten); give the path of the file itself");
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new CannotWriteException(target + " is a folder; expected a file name");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new CannotWriteException(target + " is a device, FIFO or socket, not a regular file; expected a "
                    + "file name (to discard output, leave the option out)");
        }
        return target;
    }

    /**
     * Throws {@link CannotWriteException} unless a file can be created in {@code target}'s folder (or, when that
     * does not exist yet, in its nearest existing ancestor, where the folders would be made): checked by making and
     * deleting a hidden temporary file, so that an unwritable place ({@code /proc}, a read-only disk, a folder
     * without permission) is refused before any work.
     */
    public static void requireWritableFolder(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        while (dir != null && !Files.exists(dir)) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new CannotWriteException("cannot write " + target + ": no folder of it exists");
        }
        if (!Files.isDirectory(dir)) {
            throw new CannotWriteException("cannot write " + target + ": " + dir + " is a file, not a folder");
        }
        try {
            Path probe = Files.createTempFile(dir, ".parley-", ".probe");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new CannotWriteException("cannot write " + target + ": cannot create files in " + dir + " ("
                    + reason(e) + ")");
        }
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return String.valueOf(e.getMessage());
    }
}
