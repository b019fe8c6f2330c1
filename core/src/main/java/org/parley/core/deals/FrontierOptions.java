package org.parley.core.deals;

/**
 * How to compute a Pareto frontier: the tie tolerance {@code eps} (absolute, on the profiles' scale), the
 * algorithm, the largest outcome space brute force may enumerate, and how many witness outcomes to keep per point.
 */
public record FrontierOptions(double eps, Algorithm algorithm, long maxOutcomes, int maxWitnesses) {

    /** The brute-force limit when none is given: 2 x 10^8 outcomes. */
    public static final long DEFAULT_MAX_OUTCOMES = 200_000_000L;

    /** Which frontier algorithm to run. */
    public enum Algorithm {
        /** Per-issue merge when every profile is additive, else the two-party sweep or the n-party skyline. */
        AUTO,
        /** Exact per-issue merge of additive profiles (no outcome limit). */
        MERGE,
        /** Brute force: enumerate every outcome (two-party sweep or n-party skyline). */
        BRUTE_FORCE
    }

    public FrontierOptions {
        if (!(eps >= 0)) {
            throw new IllegalArgumentException("eps must be >= 0, got " + eps);
        }
        if (maxWitnesses < 1) {
            throw new IllegalArgumentException("maxWitnesses must be >= 1");
        }
    }

    /** The defaults on a utility scale of 0..{@code scale}: eps = 1e-9 x scale, AUTO, 2 x 10^8, 3 witnesses. */
    public static FrontierOptions defaults(double scale) {
        return new FrontierOptions(new java.math.BigDecimal("1e-9").multiply(java.math.BigDecimal.valueOf(scale))
                .doubleValue(), Algorithm.AUTO, DEFAULT_MAX_OUTCOMES, 3);
    }

    /** A copy with another algorithm. */
    public FrontierOptions with(Algorithm a) {
        return new FrontierOptions(eps, a, maxOutcomes, maxWitnesses);
    }

    /** A copy with another brute-force limit. */
    public FrontierOptions withMaxOutcomes(long max) {
        return new FrontierOptions(eps, algorithm, max, maxWitnesses);
    }

    /** A copy with another tolerance. */
    public FrontierOptions withEps(double e) {
        return new FrontierOptions(e, algorithm, maxOutcomes, maxWitnesses);
    }
}
