package org.parley.core.deals;

/**
 * How to compute a Pareto frontier: the tie tolerance {@code eps} (absolute, on the profiles' scale), the
 * algorithm, the largest outcome space brute force may enumerate, how many witness outcomes to keep per point, and
 * the most candidate points one step of the per-issue merge may hold (its memory).
 */
public record FrontierOptions(double eps, Algorithm algorithm, long maxOutcomes, int maxWitnesses,
                              long maxCandidates) {

    /** The brute-force limit when none is given: 2 x 10^8 outcomes. */
    public static final long DEFAULT_MAX_OUTCOMES = 200_000_000L;

    /**
     * The merge's limit when none is given: 2 x 10^6 candidate points of two parties in one step (times 2/n for n
     * parties), so that the merge fits in a 256 MB Java heap beside a large scenario (measured, three parties: on the
     * flagship alone 3.0 x 10^6 candidates fit and 4.45 x 10^6 do not; beside a 1,000-actor, 80-issue scenario
     * 2.67 x 10^6 did not; the limit is 1.33 x 10^6). Exact decimal arithmetic keeps a
     * decimal per party and candidate as well and takes a quarter of this limit.
     */
    public static final long DEFAULT_MAX_CANDIDATES = 2_000_000L;

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
        if (maxOutcomes < 1 || maxCandidates < 1) {
            throw new IllegalArgumentException("maxOutcomes and maxCandidates must be >= 1");
        }
    }

    /**
     * The defaults on a utility scale of 0..{@code scale}: eps = 1e-9 x scale, AUTO, 2 x 10^8 outcomes, 3 witnesses,
     * 2 x 10^6 merge candidates.
     */
    public static FrontierOptions defaults(double scale) {
        return new FrontierOptions(new java.math.BigDecimal("1e-9").multiply(java.math.BigDecimal.valueOf(scale))
                .doubleValue(), Algorithm.AUTO, DEFAULT_MAX_OUTCOMES, 3, DEFAULT_MAX_CANDIDATES);
    }

    /** A copy with another algorithm. */
    public FrontierOptions with(Algorithm a) {
        return new FrontierOptions(eps, a, maxOutcomes, maxWitnesses, maxCandidates);
    }

    /** A copy with another brute-force limit. */
    public FrontierOptions withMaxOutcomes(long max) {
        return new FrontierOptions(eps, algorithm, max, maxWitnesses, maxCandidates);
    }

    /** A copy with another tolerance. */
    public FrontierOptions withEps(double e) {
        return new FrontierOptions(e, algorithm, maxOutcomes, maxWitnesses, maxCandidates);
    }

    /** A copy with another merge limit. */
    public FrontierOptions withMaxCandidates(long max) {
        return new FrontierOptions(eps, algorithm, maxOutcomes, maxWitnesses, max);
    }
}
