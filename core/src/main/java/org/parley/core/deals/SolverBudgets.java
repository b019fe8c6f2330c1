package org.parley.core.deals;

/**
 * The iteration budgets of the deal space's iterative solvers, stated by the caller: simplex pivots per linear
 * program, rounds of Kelley's cutting planes for the continuous Nash point (linear loss), projected-gradient steps
 * for the Nash point under quadratic loss, and rounds of Dykstra's projections for a package repair. A solver that
 * spends its budget throws {@link org.parley.core.optim.IterationBudgetException} naming the budget and where it
 * stood; none returns an unfinished answer.
 */
public record SolverBudgets(int simplexPivots, int nashCuttingPlaneRounds, int quadraticNashSteps,
                            int repairProjectionRounds) {

    public SolverBudgets {
        positive(simplexPivots, "simplexPivots");
        positive(nashCuttingPlaneRounds, "nashCuttingPlaneRounds");
        positive(quadraticNashSteps, "quadraticNashSteps");
        positive(repairProjectionRounds, "repairProjectionRounds");
    }

    /**
     * Budgets far above what the flagship needs (27 to 50 pivots per program, 17 cutting-plane rounds, 12
     * projection rounds per repair): 50,000 pivots, 400 cutting-plane rounds, 20,000 gradient steps, 200,000
     * projection rounds.
     */
    public static SolverBudgets defaults() {
        return new SolverBudgets(50_000, 400, 20_000, 200_000);
    }

    /** A copy with another simplex budget. */
    public SolverBudgets withSimplexPivots(int n) {
        return new SolverBudgets(n, nashCuttingPlaneRounds, quadraticNashSteps, repairProjectionRounds);
    }

    /** A copy with another cutting-plane budget. */
    public SolverBudgets withNashCuttingPlaneRounds(int n) {
        return new SolverBudgets(simplexPivots, n, quadraticNashSteps, repairProjectionRounds);
    }

    /** A copy with another projected-gradient budget. */
    public SolverBudgets withQuadraticNashSteps(int n) {
        return new SolverBudgets(simplexPivots, nashCuttingPlaneRounds, n, repairProjectionRounds);
    }

    /** A copy with another projection budget. */
    public SolverBudgets withRepairProjectionRounds(int n) {
        return new SolverBudgets(simplexPivots, nashCuttingPlaneRounds, quadraticNashSteps, n);
    }

    private static void positive(int n, String name) {
        if (n < 1) {
            throw new IllegalArgumentException(name + " " + n + "; expected at least 1");
        }
    }
}
