package org.parley.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a documented shell command into words as bash would, for the few shell features the docs use: quotes,
 * backslash escapes, {@code NAME=value} prefixes and globs in the last path segment (expanded in sorted order).
 * Anything else the shell would interpret (pipes, redirections, substitutions, several commands) is refused with
 * the reason, so that the docs test skips the command visibly instead of running something else.
 */
final class ShellWords {

    /** A command line the docs test cannot run in-process, with the reason. */
    static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String reason) {
            super(reason);
        }
    }

    /** One word and whether it holds an unquoted glob character. */
    record Word(String text, boolean glob) {
    }

    private ShellWords() {
    }

    /** The words of {@code line}, quotes removed. */
    static List<Word> split(String line) throws Unsupported {
        List<Word> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        boolean glob = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                if (inWord) {
                    words.add(new Word(w.toString(), glob));
                    w.setLength(0);
                    inWord = false;
                    glob = false;
                }
                i++;
            } else if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new Unsupported("unclosed single quote");
                }
                w.append(line, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '"') {
                i = doubleQuoted(line, i + 1, w);
                inWord = true;
            } else if (c == '\\') {
                if (i + 1 >= line.length()) {
                    throw new Unsupported("a backslash at the end of the command");
                }
                w.append(line.charAt(i + 1));
                inWord = true;
                i += 2;
            } else if (c == '#' && !inWord) {
                break;
            } else if ("|&;<>()`$".indexOf(c) >= 0) {
                throw new Unsupported("uses the shell's '" + c + "' (pipes, redirections, substitutions and "
                        + "command lists are not run)");
            } else {
                glob |= c == '*' || c == '?' || c == '[';
                w.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(new Word(w.toString(), glob));
        }
        return words;
    }

    private static int doubleQuoted(String line, int from, StringBuilder w) throws Unsupported {
        int i = from;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '$' || c == '`') {
                throw new Unsupported("uses the shell's '" + c + "' inside double quotes");
            }
            if (c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                w.append(line.charAt(i + 1));
                i += 2;
            } else {
                w.append(c);
                i++;
            }
        }
        throw new Unsupported("unclosed double quote");
    }

    /**
     * The files a glob word names, relative to {@code dir} and sorted like bash in the C locale; the word itself
     * when nothing matches (bash's default). Only the last path segment may hold glob characters.
     */
    static List<String> expand(Path dir, String pattern) throws Unsupported {
        int slash = pattern.lastIndexOf('/');
        String folder = slash < 0 ? "" : pattern.substring(0, slash + 1);
        String name = pattern.substring(slash + 1);
        if (folder.chars().anyMatch(ch -> ch == '*' || ch == '?' || ch == '[')) {
            throw new Unsupported("a glob in a folder name (" + pattern + ")");
        }
        var matcher = dir.getFileSystem().getPathMatcher("glob:" + name);
        List<String> found = new ArrayList<>();
        Path base = folder.isEmpty() ? dir : dir.resolve(folder);
        if (Files.isDirectory(base)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(base)) {
                for (Path p : entries) {
                    String file = p.getFileName().toString();
                    if (!file.startsWith(".") && matcher.matches(p.getFileName())) {
                        found.add(folder + file);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        found.sort(null);
        return found.isEmpty() ? List.of(pattern) : found;
    }
}
