package org.parley.core.scenario;

/** What a number in a scenario rests on: a cited source, a calculation from sourced numbers, or an analyst's judgement. */
public enum Basis {
    /** Taken from a cited source. */
    SOURCED,
    /** Calculated from sourced numbers by a stated rule. */
    DERIVED,
    /** An analyst's illustrative judgement, not a measurement. */
    JUDGEMENT;

    /** The lower-case word used in files. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The basis named by {@code word} (case-insensitive), or {@code null} if there is none. */
    public static Basis ofWord(String word) {
        for (Basis b : values()) {
            if (b.word().equalsIgnoreCase(word.trim())) {
                return b;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return word();
    }
}
