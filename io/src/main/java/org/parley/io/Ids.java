package org.parley.io;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.parley.io.text.Numbers;

/** Makes valid Parley ids from free-text names found in other formats ("Baltic states" becomes "Baltic_states"). */
public final class Ids {

    private Ids() {
    }

    /** {@code name} with every run of characters not allowed in an id replaced by '_', trimmed of '_'. */
    public static String fromName(String name) {
        String id = name.trim().replaceAll("[^\\p{L}\\p{N}_.\\-]+", "_").replaceAll("^[_.\\-]+|_+$", "");
        return id.isEmpty() ? "_" : id;
    }

    /**
     * The name a file gives to what it holds: its file name without the last extension ({@code data/china-1989.csv}
     * gives {@code china-1989}). Names a BDM table's issue, a scenario read from a table, a GENIUS profile's party.
     */
    public static String stem(String file) {
        Path name = Path.of(file).getFileName();
        String n = name == null ? file : name.toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /**
     * The ids made from the names of one kind (actors, issues) in a file, so that two names that make the same id
     * ("A B" and "A_B" both make "A_B") are reported as such, at the second name, instead of as a duplicate id.
     */
    public static final class Made {

        private final String kind;
        private final Map<String, String> names = new HashMap<>();
        private final Map<String, Integer> lines = new HashMap<>();

        /** Ids of {@code kind} ("actor", "issue"). */
        public Made(String kind) {
            this.kind = kind;
        }

        /**
         * Records the id made from {@code name} (given on {@code line}, may be null); returns null, or the problem
         * when another name already made that id (the same name twice is left to the caller's duplicate check).
         */
        public String conflict(String name, Integer line) {
            String id = fromName(name);
            String earlier = names.putIfAbsent(id, name);
            if (earlier == null) {
                lines.put(id, line);
                return null;
            }
            if (earlier.equals(name)) {
                return null;
            }
            Integer at = lines.get(id);
            return kind + " names " + Numbers.quote(earlier) + (at == null ? "" : " (line " + at + ")") + " and "
                    + Numbers.quote(name) + " both make the id '" + id + "'; expected " + kind + " names that differ "
                    + "in their letters, digits, '_', '-' or '.'";
        }
    }
}
