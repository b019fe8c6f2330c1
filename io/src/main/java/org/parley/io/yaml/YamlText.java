package org.parley.io.yaml;

import java.util.ArrayDeque;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;

/**
 * The text of a YAML file as snakeyaml counts it, for {@link YamlSyntax}: its lines, a mark's line, column and
 * character, the lines above a mark that hold content or start a list entry, and two scans snakeyaml's marks do not
 * give: the quote a closing quote closes, and the innermost '[' or '{' left open.
 */
final class YamlText {

    /** The line breaks snakeyaml counts (TextFile has already turned CR and CRLF into LF). */
    private static final Pattern BREAK = Pattern.compile("\r\n|[\n\r\u0085\u2028\u2029]");

    private final String text;
    private final String[] lines;

    YamlText(String text) {
        this.text = text;
        this.lines = BREAK.split(text, -1);
    }

    /** The character at char offset {@code k}. */
    char at(int k) {
        return text.charAt(k);
    }

    /** The char offset of the quote that the quote at {@code close} closes, scanning back; -1 when none. */
    int openingQuote(int close, char q) {
        for (int k = close - 1; k >= 0; k--) {
            if (text.charAt(k) != q) {
                continue;
            }
            if (q == '"') {
                int slashes = 0;
                for (int j = k - 1; j >= 0 && text.charAt(j) == '\\'; j--) {
                    slashes++;
                }
                if (slashes % 2 == 0) {
                    return k;
                }
            } else if (k > 0 && text.charAt(k - 1) == '\'') {
                k--; // '' stands for one quote inside single quotes
            } else {
                return k;
            }
        }
        return -1;
    }

    /**
     * The char offset of the innermost '[' or '{' still open before {@code end}, skipping comments and quoted
     * texts (a quote opens one only where a value may start); -1 when none is open.
     */
    int lastOpenBracket(int end) {
        ArrayDeque<Integer> open = new ArrayDeque<>();
        for (int k = 0; k < end && k < text.length(); k++) {
            char c = text.charAt(k);
            char prev = k == 0 ? '\n' : text.charAt(k - 1);
            boolean start = Character.isWhitespace(prev) || prev == '[' || prev == '{' || prev == ',';
            if (c == '#' && Character.isWhitespace(prev)) {
                while (k < end && k < text.length() && text.charAt(k) != '\n') {
                    k++;
                }
            } else if ((c == '"' || c == '\'') && start) {
                int j = k + 1;
                while (j < end && j < text.length() && text.charAt(j) != c) {
                    j += c == '"' && text.charAt(j) == '\\' ? 2 : 1;
                }
                k = j;
            } else if (c == '[' || c == '{') {
                open.push(k);
            } else if ((c == ']' || c == '}') && !open.isEmpty()) {
                open.pop();
            }
        }
        return open.isEmpty() ? -1 : open.peek();
    }

    /** The char offset in the text of a mark. */
    int offset(Mark m) {
        int points = text.codePointCount(0, text.length());
        return text.offsetByCodePoints(0, Math.max(0, Math.min(m.getIndex(), points)));
    }

    /** The 1-based line of a char offset. */
    int lineOfOffset(int offset) {
        int line = 1;
        for (int k = 0; k < offset && k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r' && (k + 1 >= text.length() || text.charAt(k + 1) != '\n') || c == '\u0085'
                    || c == '\u2028' || c == '\u2029') {
                line++;
            }
        }
        return line;
    }

    /** Line {@code k} (0-based) of the text, or "" past its end. */
    String line(int k) {
        return k >= 0 && k < lines.length ? lines[k] : "";
    }

    /** The text of the mark's line before the mark. */
    String before(Mark m) {
        String t = line(m.getLine());
        return t.substring(0, charIndex(t, m.getColumn()));
    }

    /** The code point at a mark, or -1 past the end of its line. */
    int charAt(Mark m) {
        String t = line(m.getLine());
        int k = charIndex(t, m.getColumn());
        return k < t.length() ? t.codePointAt(k) : -1;
    }

    /** The char index of code point column {@code column} in {@code t}, clamped to its length. */
    private static int charIndex(String t, int column) {
        int points = t.codePointCount(0, t.length());
        return t.offsetByCodePoints(0, Math.max(0, Math.min(column, points)));
    }

    /** The nearest line above {@code k} that holds more than blanks and a comment; -1 when none. */
    int previousContent(int k) {
        for (int j = k - 1; j >= 0; j--) {
            String s = lines[j].strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                return j;
            }
        }
        return -1;
    }

    /** The nearest line above {@code k} that starts a list entry ('- '); -1 when none. */
    int previousEntry(int k) {
        for (int j = k - 1; j >= 0; j--) {
            String s = lines[j].strip();
            if (s.equals("-") || s.startsWith("- ")) {
                return j;
            }
        }
        return -1;
    }

    /** The spaces a line starts with. */
    static int indent(String t) {
        int k = 0;
        while (k < t.length() && t.charAt(k) == ' ') {
            k++;
        }
        return k;
    }
}
