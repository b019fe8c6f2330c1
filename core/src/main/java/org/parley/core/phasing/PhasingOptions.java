package org.parley.core.phasing;

/**
 * Bounds and choices of a phasing analysis: the most linear programs the designer may solve (its search stops there
 * and says so), and whether a failing schedule is followed by the search for what would make one hold. Callers check
 * the number of stages against their own limit before any work starts.
 */
public record PhasingOptions(int maxPrograms, boolean suggestChanges) {

    /** The default program budget: 80. */
    public static final int DEFAULT_MAX_PROGRAMS = 80;

    public PhasingOptions {
        if (maxPrograms < 2) {
            throw new IllegalArgumentException("maxPrograms must be >= 2, got " + maxPrograms);
        }
    }

    /** A budget of 80 programs; changes suggested. */
    public static PhasingOptions defaults() {
        return new PhasingOptions(DEFAULT_MAX_PROGRAMS, true);
    }

    /** A copy with another program budget. */
    public PhasingOptions withMaxPrograms(int n) {
        return new PhasingOptions(n, suggestChanges);
    }

    /** A copy that only checks a given schedule (no designer run when it fails). */
    public PhasingOptions checkOnly() {
        return new PhasingOptions(maxPrograms, false);
    }
}
