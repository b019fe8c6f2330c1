package org.parley.io.text;

import java.util.ArrayList;
import java.util.List;
import org.parley.io.InputException;

/**
 * Splits text (line endings already LF) into delimited records per RFC 4180: fields may be enclosed in the quote
 * character, which is doubled inside; a quoted field may span lines. Blank lines are skipped. Fields are trimmed.
 */
public final class Csv {

    private Csv() {
    }

    /** Comma-separated records with double quotes. */
    public static List<CsvRecord> parse(TextFile text) {
        return parse(text, ',', '"');
    }

    /** Records separated by {@code delimiter}, quoted with {@code quote}. */
    public static List<CsvRecord> parse(TextFile text, char delimiter, char quote) {
        String s = text.content();
        List<CsvRecord> out = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int k = 0; k < s.length(); k++) {
            char ch = s.charAt(k);
            if (quoted) {
                if (ch == quote) {
                    if (k + 1 < s.length() && s.charAt(k + 1) == quote) {
                        field.append(quote);
                        k++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
            } else if (ch == quote && field.toString().isBlank()) {
                quoted = true;
                wasQuoted = true;
                field.setLength(0);
            } else if (ch == delimiter) {
                fields.add(wasQuoted ? field.toString() : field.toString().trim());
                field.setLength(0);
                wasQuoted = false;
            } else if (ch == '\n') {
                fields.add(wasQuoted ? field.toString() : field.toString().trim());
                add(out, recordLine, fields);
                fields = new ArrayList<>();
                field.setLength(0);
                wasQuoted = false;
                line++;
                recordLine = line;
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            throw InputException.at(text.name(), recordLine, "a quoted field is never closed; expected a closing "
                    + quote);
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(wasQuoted ? field.toString() : field.toString().trim());
            add(out, recordLine, fields);
        }
        return out;
    }

    private static void add(List<CsvRecord> out, int line, List<String> fields) {
        CsvRecord r = new CsvRecord(line, List.copyOf(fields));
        if (!r.blank()) {
            out.add(r);
        }
    }
}
