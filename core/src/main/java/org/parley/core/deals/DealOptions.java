package org.parley.core.deals;

/**
 * Options of a deal-space analysis: the frontier options, whether the disagreement point is 0 instead of the
 * reservation values, and how many threads may count the zone of agreement.
 */
public record DealOptions(FrontierOptions frontier, boolean zeroDisagreement, int threads) {

    /** The defaults on a utility scale of 0..{@code scale}: d = reservation values, 2 threads. */
    public static DealOptions defaults(double scale) {
        return new DealOptions(FrontierOptions.defaults(scale), false, 2);
    }

    /** A copy with other frontier options. */
    public DealOptions with(FrontierOptions f) {
        return new DealOptions(f, zeroDisagreement, threads);
    }

    /** A copy with the disagreement point set to 0 (true) or to the reservation values (false). */
    public DealOptions withZeroDisagreement(boolean zero) {
        return new DealOptions(frontier, zero, threads);
    }
}
