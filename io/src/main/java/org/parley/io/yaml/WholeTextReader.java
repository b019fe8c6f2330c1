package org.parley.io.yaml;

import java.io.StringReader;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * snakeyaml's character reader over a text already in memory. snakeyaml's own {@link StreamReader} reads 1 KiB at a
 * time and copies everything from the start of the current token on every read, so a single long token (a 4 MB
 * comment or description) costs time quadratic in its length: 10-40 s for a few megabytes. This one indexes the
 * whole text, so every token costs its length. It keeps snakeyaml's rules: positions count code points, lines and
 * columns as snakeyaml counts them, and characters YAML does not allow are refused ({@link #requirePrintable()}).
 */
final class WholeTextReader extends StreamReader {

    private final String text;
    /** The code points, when the text has characters outside the BMP; null when chars are code points. */
    private final int[] codePoints;
    private final int length;
    private int pointer;
    private int index;
    private int documentIndex;
    private int line;
    private int column;

    WholeTextReader(String text) {
        super(new StringReader(""));
        this.text = text;
        boolean surrogates = false;
        for (int k = 0; k < text.length() && !surrogates; k++) {
            surrogates = Character.isSurrogate(text.charAt(k));
        }
        this.codePoints = surrogates ? text.codePoints().toArray() : null;
        this.length = surrogates ? codePoints.length : text.length();
    }

    private int at(int k) {
        return codePoints != null ? codePoints[k] : text.charAt(k);
    }

    /** Throws snakeyaml's error for the first character YAML does not allow, with its position; returns otherwise. */
    void requirePrintable() {
        for (int k = 0; k < length; k++) {
            int c = at(k);
            if (!isPrintable(c)) {
                throw new ReaderException("'reader'", k, c, "special characters are not allowed");
            }
        }
    }

    /** The line (1-based) of code point {@code position}. */
    int lineAt(int position) {
        int line = 1;
        for (int k = 0; k < Math.min(position, length); k++) {
            line += at(k) == '\n' ? 1 : 0;
        }
        return line;
    }

    /**
     * The place, without an excerpt of the text: snakeyaml asks for one at every token, and Parley's messages give
     * the line instead (an excerpt would cost a copy per token).
     */
    @Override
    public Mark getMark() {
        return new Mark("'reader'", index, line, column, NO_EXCERPT, 0);
    }

    private static final int[] NO_EXCERPT = {' '};

    @Override
    public void forward() {
        forward(1);
    }

    @Override
    public void forward(int count) {
        for (int k = 0; k < count && pointer < length; k++) {
            int c = at(pointer++);
            index++;
            documentIndex++;
            if (c == '\n' || c == '\r' && (pointer >= length || at(pointer) != '\n') || c == '\u0085'
                    || c == '\u2028' || c == '\u2029') {
                line++;
                column = 0;
            } else if (c != '\uFEFF') {
                column++;
            }
        }
    }

    @Override
    public int peek() {
        return pointer < length ? at(pointer) : '\0';
    }

    @Override
    public int peek(int offset) {
        int k = pointer + offset;
        return k >= 0 && k < length ? at(k) : '\0';
    }

    @Override
    public String prefix(int count) {
        if (count == 0) {
            return "";
        }
        int end = Math.min(length, pointer + count);
        if (codePoints == null) {
            return text.substring(pointer, end);
        }
        return new String(codePoints, pointer, end - pointer);
    }

    @Override
    public String prefixForward(int count) {
        String prefix = prefix(count);
        pointer += count;
        index += count;
        documentIndex += count;
        column += count;
        return prefix;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public int getDocumentIndex() {
        return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
        documentIndex = 0;
    }

    @Override
    public int getIndex() {
        return index;
    }

    @Override
    public int getLine() {
        return line;
    }
}
