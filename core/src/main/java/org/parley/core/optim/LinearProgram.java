package org.parley.core.optim;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear program {@code maximise c.x subject to A x <= b, x >= 0} ({@code b} of any sign), built row by row: the
 * problem as a value, solved by a {@link LinearSolver} within an iteration budget the caller states. Meant for the
 * small programs of the deal space (tens of variables and constraints).
 */
public final class LinearProgram {

    private final int n;
    private final double[] c;
    private final List<double[]> rows = new ArrayList<>();
    private final List<Double> rhs = new ArrayList<>();

    /** A program over {@code n >= 1} non-negative variables, objective 0 until set. */
    public LinearProgram(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a linear program needs at least one variable, got " + n);
        }
        this.n = n;
        this.c = new double[n];
    }

    /** Sets the objective coefficient of variable {@code j}. */
    public LinearProgram objective(int j, double coefficient) {
        if (j < 0 || j >= n) {
            throw new IllegalArgumentException("variable " + j + " out of range 0.." + (n - 1));
        }
        if (!Double.isFinite(coefficient)) {
            throw new IllegalArgumentException("objective coefficient of variable " + j + " is " + coefficient
                    + "; expected a finite number");
        }
        c[j] = coefficient;
        return this;
    }

    /** Adds the constraint {@code a.x <= b}. */
    public LinearProgram atMost(double[] a, double b) {
        if (a.length != n) {
            throw new IllegalArgumentException("constraint " + rows.size() + " has " + a.length
                    + " coefficients, expected " + n);
        }
        for (int j = 0; j < n; j++) {
            if (!Double.isFinite(a[j])) {
                throw new IllegalArgumentException("constraint " + rows.size() + ": coefficient " + j + " is "
                        + a[j] + "; expected a finite number");
            }
        }
        if (!Double.isFinite(b)) {
            throw new IllegalArgumentException("constraint " + rows.size() + ": bound is " + b
                    + "; expected a finite number");
        }
        rows.add(a.clone());
        rhs.add(b);
        return this;
    }

    /** A zero row to fill in. */
    public double[] row() {
        return new double[n];
    }

    /** The number of variables. */
    public int variables() {
        return n;
    }

    /** The number of constraints. */
    public int constraints() {
        return rows.size();
    }

    /** A copy of the objective coefficients. */
    public double[] objectiveCoefficients() {
        return c.clone();
    }

    /** A copy of the coefficients of constraint {@code i}. */
    public double[] coefficients(int i) {
        return rows.get(i).clone();
    }

    /** The bound {@code b_i} of constraint {@code i}. */
    public double bound(int i) {
        return rhs.get(i);
    }

    /** Solves with the default solver ({@link LinearSolver#standard()}) in at most {@code maxIterations} pivots. */
    public Result solve(int maxIterations) {
        return LinearSolver.standard().solve(this, maxIterations);
    }

    /** The outcome of solving: the status, the optimal point and value, and the pivots it took. */
    public record Result(Status status, double[] x, double value, int iterations) {

        public Result {
            x = x == null ? null : x.clone();
        }

        @Override
        public double[] x() {
            return x == null ? null : x.clone();
        }

        /** Whether an optimum was found. */
        public boolean optimal() {
            return status == Status.OPTIMAL;
        }
    }

    /** How solving ended. */
    public enum Status { OPTIMAL, INFEASIBLE, UNBOUNDED }
}
