package org.parley.core.scenario;

import java.util.Locale;

/**
 * What follows a defection from a phased agreement (Telser 1980; Lockwood and Thomas 2002): the continuation that
 * makes defecting costly.
 */
public enum Punishment {
    /**
     * Nothing more is conceded and nothing irreversible is undone; the defector's counterparts take back their
     * reversible terms whose loss hurts it (back to the status quo).
     */
    FREEZE,
    /** Back to no deal: every party gets its reservation value from then on, whatever was conceded. */
    NO_DEAL;

    /** The word used in files: {@code freeze} or {@code no-deal}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The punishment named by {@code word} (case-insensitive), or {@code null} if there is none. */
    public static Punishment ofWord(String word) {
        for (Punishment p : values()) {
            if (p.word().equalsIgnoreCase(word.trim())) {
                return p;
            }
        }
        return null;
    }
}
