package org.parley.io;

/**
 * Bounds every reader enforces before it builds anything, so that a huge or hostile file is refused up front
 * with a message naming the limit, instead of exhausting memory.
 */
public record Limits(long maxFileBytes, int maxActors, int maxIssues, int maxNestingDepth, int maxAliases,
                     int maxValues, long maxCells) {

    /** The number of values (numbers, texts, lists, mappings) a YAML or JSON document may hold by default. */
    public static final int DEFAULT_MAX_VALUES = 250_000;

    /**
     * The most actor-issue pairs (actors x issues) a scenario may have by default: the analyses keep a number or
     * more for every pair (10,000 actors on 100 issues, or 1,000 on 1,000).
     */
    public static final long DEFAULT_MAX_CELLS = 1_000_000;

    /** Limits with the default bound on actor-issue pairs. */
    public Limits(long maxFileBytes, int maxActors, int maxIssues, int maxNestingDepth, int maxAliases,
                  int maxValues) {
        this(maxFileBytes, maxActors, maxIssues, maxNestingDepth, maxAliases, maxValues, DEFAULT_MAX_CELLS);
    }

    /** Limits with the default bound on the number of values in a document. */
    public Limits(long maxFileBytes, int maxActors, int maxIssues, int maxNestingDepth, int maxAliases) {
        this(maxFileBytes, maxActors, maxIssues, maxNestingDepth, maxAliases, DEFAULT_MAX_VALUES);
    }

    /**
     * The defaults: 16 MiB per scenario file, 10,000 actors, 1,000 issues, nesting depth 64, 50 YAML aliases,
     * 250,000 values per YAML or JSON document (some 15,000 actors with four stances each; also the most stances of
     * a decide file and the most values of a GENIUS or GeniusWeb domain), 1,000,000 actor-issue pairs.
     */
    public static Limits defaults() {
        return new Limits(16L << 20, 10_000, 1_000, 64, 50, DEFAULT_MAX_VALUES, DEFAULT_MAX_CELLS);
    }

    /** A copy with another file-size limit. */
    public Limits withMaxFileBytes(long bytes) {
        return new Limits(bytes, maxActors, maxIssues, maxNestingDepth, maxAliases, maxValues, maxCells);
    }
}
