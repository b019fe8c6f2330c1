package org.parley.io.text;

import java.util.List;

/** One record of a delimited text file, with the line it starts on (1-based). */
public record CsvRecord(int line, List<String> fields) {

    /** Field {@code k}, or the empty string when the record is shorter. */
    public String field(int k) {
        return k < fields.size() ? fields.get(k) : "";
    }

    /** Number of fields, trailing empty ones included. */
    public int size() {
        return fields.size();
    }

    /** Whether every field is blank. */
    public boolean blank() {
        return fields.stream().allMatch(String::isBlank);
    }

    /** Number of fields up to the last non-blank one. */
    public int width() {
        int w = fields.size();
        while (w > 0 && fields.get(w - 1).isBlank()) {
            w--;
        }
        return w;
    }
}
