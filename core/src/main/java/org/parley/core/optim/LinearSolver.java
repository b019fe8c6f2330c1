package org.parley.core.optim;

/** An algorithm for {@link LinearProgram}s: one verb, a caller-stated iteration budget. */
public interface LinearSolver {

    /**
     * Solves {@code p} in at most {@code maxIterations} simplex pivots (both phases together): an optimum, or the
     * finding that the program is infeasible or unbounded.
     *
     * @throws IllegalArgumentException if {@code maxIterations < 1}
     * @throws IterationBudgetException if the budget is spent before the program is solved
     */
    LinearProgram.Result solve(LinearProgram p, int maxIterations);

    /**
     * The solver Parley uses: its own dense two-phase simplex (Dantzig's rule, Bland's rule after 5,000 pivots).
     * Compared with Hipparchus's {@code SimplexSolver} on the flagship's programs it gives the same optima and is
     * several times faster (docs/performance.md).
     */
    static LinearSolver standard() {
        return DenseSimplex.INSTANCE;
    }

    /** Checks a budget argument and returns it. */
    static int requireBudget(int maxIterations) {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("iteration budget " + maxIterations + "; expected at least 1");
        }
        return maxIterations;
    }
}
