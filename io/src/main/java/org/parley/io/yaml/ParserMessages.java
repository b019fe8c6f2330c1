package org.parley.io.yaml;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the messages of the YAML and JSON parsers into plain words for a user: what was found and what was
 * expected, without parser class names, option names or source excerpts (the line is reported separately).
 */
final class ParserMessages {

    private static final Pattern NESTING = Pattern.compile(
            "Document nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*", Pattern.DOTALL);
    private static final Pattern NUMBER_LENGTH = Pattern.compile(
            "Number value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*", Pattern.DOTALL);
    private static final Pattern NOT_FINITE = Pattern.compile(
            "(?:Non-standard token|Malformed numeric value) '([-+]?(?:\\.?nan|\\.?inf|infinity|inf|nan))'.*",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'.*", Pattern.DOTALL);
    private static final Pattern CONSTRAINT = Pattern.compile(", from `StreamReadConstraints[^`]*`");
    private static final int MAX_LENGTH = 200;

    private ParserMessages() {
    }

    /** The message in plain words; an unknown one is shortened and follows {@code prefix}. */
    static String plain(String message, String prefix) {
        if (message == null || message.isBlank()) {
            return prefix + "unknown error";
        }
        Matcher m = NESTING.matcher(message);
        if (m.matches()) {
            return "nested deeper than " + m.group(2) + " levels; expected at most " + m.group(2)
                    + " levels of lists and mappings";
        }
        m = NUMBER_LENGTH.matcher(message);
        if (m.matches()) {
            return "a number written with " + m.group(1) + " characters; expected at most " + m.group(2);
        }
        m = NOT_FINITE.matcher(message);
        if (m.matches()) {
            return "'" + m.group(1) + "' is not a finite number; expected a finite number";
        }
        m = DUPLICATE.matcher(message);
        if (m.matches()) {
            return "duplicate key '" + m.group(1) + "'; expected each key once in a mapping";
        }
        if (message.startsWith("Expected a field name")) {
            return "a key that is a list or a mapping; expected a plain key (a name)";
        }
        return prefix + shorten(CONSTRAINT.matcher(snakeyaml(message)).replaceAll(""));
    }

    /**
     * A snakeyaml message spans lines: a context, the place ("in 'reader', line 3, column 9:"), an excerpt with a
     * caret, then the problem and its place. Keeps the context and the problem, joined.
     */
    private static String snakeyaml(String message) {
        StringBuilder b = new StringBuilder();
        for (String line : message.split("\n")) {
            if (line.isBlank() || Character.isWhitespace(line.charAt(0)) || line.startsWith("at [Source")) {
                continue;
            }
            b.append(b.length() == 0 ? "" : "; ").append(line.strip());
        }
        return b.length() == 0 ? message.strip() : b.toString();
    }

    private static String shorten(String s) {
        return s.length() > MAX_LENGTH ? s.substring(0, MAX_LENGTH) + "..." : s;
    }
}
