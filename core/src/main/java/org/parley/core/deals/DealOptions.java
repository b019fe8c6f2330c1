package org.parley.core.deals;

/**
 * Options of a deal-space analysis: the frontier options, whether the disagreement point is 0 instead of the
 * reservation values, how many threads may count the zone of agreement, and the iteration budgets of the
 * continuous solvers.
 */
public record DealOptions(FrontierOptions frontier, boolean zeroDisagreement, int threads, SolverBudgets budgets) {

    public DealOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads + "; expected at least 1");
        }
        if (frontier == null || budgets == null) {
            throw new IllegalArgumentException("frontier options and solver budgets are required");
        }
    }

    /** The defaults on a utility scale of 0..{@code scale}: d = reservation values, 2 threads, default budgets. */
    public static DealOptions defaults(double scale) {
        return new DealOptions(FrontierOptions.defaults(scale), false, 2, SolverBudgets.defaults());
    }

    /** A copy with other frontier options. */
    public DealOptions with(FrontierOptions f) {
        return new DealOptions(f, zeroDisagreement, threads, budgets);
    }

    /** A copy with the disagreement point set to 0 (true) or to the reservation values (false). */
    public DealOptions withZeroDisagreement(boolean zero) {
        return new DealOptions(frontier, zero, threads, budgets);
    }

    /** A copy counting the zone on {@code n} threads. */
    public DealOptions withThreads(int n) {
        return new DealOptions(frontier, zeroDisagreement, n, budgets);
    }

    /** A copy with other solver budgets. */
    public DealOptions with(SolverBudgets b) {
        return new DealOptions(frontier, zeroDisagreement, threads, b);
    }
}
