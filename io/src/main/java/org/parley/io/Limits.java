package org.parley.io;

/**
 * Bounds every reader enforces before it builds anything, so that a huge or hostile file is refused up front
 * with a message naming the limit, instead of exhausting memory.
 */
public record Limits(long maxFileBytes, int maxActors, int maxIssues, int maxNestingDepth, int maxAliases) {

    /** The defaults: 16 MiB per scenario file, 10,000 actors, 1,000 issues, nesting depth 64, 50 YAML aliases. */
    public static Limits defaults() {
        return new Limits(16L << 20, 10_000, 1_000, 64, 50);
    }

    /** A copy with another file-size limit. */
    public Limits withMaxFileBytes(long bytes) {
        return new Limits(bytes, maxActors, maxIssues, maxNestingDepth, maxAliases);
    }
}
