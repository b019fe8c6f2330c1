package org.parley.bench;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.exception.LocalizedCoreFormats;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.LocalizedOptimFormats;
import org.hipparchus.optim.MaxIter;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.linear.LinearConstraint;
import org.hipparchus.optim.linear.LinearConstraintSet;
import org.hipparchus.optim.linear.LinearObjectiveFunction;
import org.hipparchus.optim.linear.NonNegativeConstraint;
import org.hipparchus.optim.linear.PivotSelectionRule;
import org.hipparchus.optim.linear.Relationship;
import org.hipparchus.optim.linear.SimplexSolver;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.parley.core.optim.IterationBudgetException;
import org.parley.core.optim.LinearProgram;
import org.parley.core.optim.LinearSolver;

/**
 * Hipparchus's {@code SimplexSolver} (two-phase simplex on a dense tableau, Dantzig's or Bland's rule) behind Parley's
 * {@link LinearSolver}: infeasible and unbounded programs become statuses, a spent budget an
 * {@link IterationBudgetException}. Kept here, beside the benchmark and the test that compare it with Parley's own
 * simplex ({@link LinearSolver#standard()}), which stayed the standard because it measured several times faster.
 */
public final class HipparchusSimplex implements LinearSolver {

    /** With Dantzig's rule, Hipparchus's default (no protection against cycling). */
    public static final HipparchusSimplex INSTANCE = new HipparchusSimplex(PivotSelectionRule.DANTZIG);

    /** With Bland's rule throughout (cannot cycle, usually more pivots). */
    public static final HipparchusSimplex BLAND = new HipparchusSimplex(PivotSelectionRule.BLAND);

    private final PivotSelectionRule rule;

    private HipparchusSimplex(PivotSelectionRule rule) {
        this.rule = rule;
    }

    @Override
    public LinearProgram.Result solve(LinearProgram p, int maxIterations) {
        LinearSolver.requireBudget(maxIterations);
        int n = p.variables();
        List<LinearConstraint> constraints = new ArrayList<>(p.constraints());
        for (int i = 0; i < p.constraints(); i++) {
            constraints.add(new LinearConstraint(p.coefficients(i), Relationship.LEQ, p.bound(i)));
        }
        SimplexSolver solver = new SimplexSolver(1e-9, 10, 1e-12);
        try {
            PointValuePair opt = solver.optimize(new MaxIter(maxIterations),
                    new LinearObjectiveFunction(p.objectiveCoefficients(), 0), new LinearConstraintSet(constraints),
                    GoalType.MAXIMIZE, new NonNegativeConstraint(true), rule);
            double[] x = opt.getPoint();
            return new LinearProgram.Result(LinearProgram.Status.OPTIMAL, x, opt.getValue(), solver.getIterations());
        } catch (MathIllegalStateException e) {
            if (e.getSpecifier() == LocalizedOptimFormats.NO_FEASIBLE_SOLUTION) {
                return new LinearProgram.Result(LinearProgram.Status.INFEASIBLE, null, Double.NaN,
                        solver.getIterations());
            }
            if (e.getSpecifier() == LocalizedOptimFormats.UNBOUNDED_SOLUTION) {
                return new LinearProgram.Result(LinearProgram.Status.UNBOUNDED, null, Double.NaN,
                        solver.getIterations());
            }
            if (e.getSpecifier() == LocalizedCoreFormats.MAX_COUNT_EXCEEDED) {
                throw new IterationBudgetException("the simplex method on a program of " + n + " variables and "
                        + p.constraints() + " constraints", maxIterations, "Hipparchus: " + e.getMessage());
            }
            throw e;
        }
    }
}
