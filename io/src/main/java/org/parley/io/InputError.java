package org.parley.io;

/**
 * One problem with an input file: the file, the line (when known), the path of the field inside the document
 * (when known) and what was expected. A path or message that quotes too much of the input is shortened, so that
 * no input can make a message of more than about a kilobyte.
 */
public record InputError(String file, Integer line, String path, String message) {

    /** The longest path kept whole. */
    static final int MAX_PATH = 200;
    /** The longest message kept whole. */
    static final int MAX_MESSAGE = 600;

    public InputError {
        path = shorten(path, MAX_PATH);
        message = shorten(message, MAX_MESSAGE);
    }

    private static String shorten(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max) + "... (" + (s.length() - max)
                + " more characters)";
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (file != null) {
            b.append(file);
            if (line != null) {
                b.append(':').append(line);
            }
            b.append(": ");
        } else if (line != null) {
            b.append("line ").append(line).append(": ");
        }
        if (path != null && !path.isEmpty()) {
            b.append(path).append(": ");
        }
        return b.append(message).toString();
    }
}
