package org.parley.core.text;

import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;

/** The known name a mistyped one most likely meant (edit distance, at most two edits): "did you mean". */
public final class Nearest {

    private static final int MAX_EDITS = 2;
    private static final int MAX_LENGTH = 200;

    private Nearest() {
    }

    /**
     * The known name at most two edits from {@code name} (ties: the first in alphabetical order), compared without
     * regard to case; empty when none is that close, when {@code name} is itself known, or when {@code name} is so
     * short that two edits would reach anything.
     */
    public static Optional<String> to(String name, Collection<String> known) {
        if (name == null || known.contains(name)) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = MAX_EDITS + 1;
        for (String k : new TreeSet<>(known)) {
            int d = distance(name.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance && d < name.length() - 1) {
                best = k;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code " (did you mean 'X'?)"} for the nearest known name, else the empty string: for a message. */
    public static String hint(String name, Collection<String> known) {
        return to(name, known).map(k -> " (did you mean '" + k + "'?)").orElse("");
    }

    /**
     * The optimal string alignment distance (insertions, deletions, substitutions and swaps of two neighbours: bmd
     * is one edit from bdm), or MAX_VALUE when clearly above two.
     */
    static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > MAX_EDITS || a.length() > MAX_LENGTH || b.length() > MAX_LENGTH) {
            return Integer.MAX_VALUE;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
