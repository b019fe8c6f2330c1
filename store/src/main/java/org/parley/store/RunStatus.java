package org.parley.store;

import java.util.Locale;

/** How a run ended: it produced its result, or it failed with a message. */
public enum RunStatus {
    /** The analysis finished and its result is stored. */
    OK,
    /** The analysis failed; its message is stored instead of a result. */
    FAILED;

    /** The lower-case word stored in the database. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status stored as {@code word}. */
    public static RunStatus ofWord(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }
}
