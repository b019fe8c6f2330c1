package org.parley.io;

/** Makes valid Parley ids from free-text names found in other formats ("Baltic states" becomes "Baltic_states"). */
public final class Ids {

    private Ids() {
    }

    /** {@code name} with every run of characters not allowed in an id replaced by '_', trimmed of '_'. */
    public static String fromName(String name) {
        String id = name.trim().replaceAll("[^\\p{L}\\p{N}_.\\-]+", "_").replaceAll("^[_.\\-]+|_+$", "");
        return id.isEmpty() ? "_" : id;
    }
}
