package org.parley.io;

import java.util.Locale;

/** The scenario file formats Parley reads and writes. */
public enum ScenarioFormat {
    /** Parley's own format in YAML (holds everything). */
    PARLEY_YAML("yaml"),
    /** Parley's own format in JSON (holds everything). */
    PARLEY_JSON("json"),
    /** Bueno de Mesquita's actor table: one issue. */
    BDM_CSV("bdm"),
    /** KTAB's CSV scenario: several 0..100 dimensions, no packages or reservation values. */
    KTAB_CSV("ktab"),
    /** The decide format of Stokman's exchange model: #A, #P, #M and #D records; one power per actor. */
    DECIDE("decide"),
    /** KTAB's XML scenario: as KTAB CSV, plus SMP's switches, seed and ideal adjustment (read only). */
    KTAB_XML("ktab-xml");

    private final String word;

    ScenarioFormat(String word) {
        this.word = word;
    }

    /** The word that names the format on the command line. */
    public String word() {
        return word;
    }

    /** The format named by {@code word}, or null. */
    public static ScenarioFormat ofWord(String word) {
        for (ScenarioFormat f : values()) {
            if (f.word.equalsIgnoreCase(word)) {
                return f;
            }
        }
        return null;
    }

    /** The format a file name's extension implies, or null when it says nothing (.csv is BDM or KTAB). */
    public static ScenarioFormat ofExtension(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".yaml") || n.endsWith(".yml")) {
            return PARLEY_YAML;
        }
        if (n.endsWith(".json")) {
            return PARLEY_JSON;
        }
        return null;
    }
}
