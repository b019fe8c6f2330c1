package org.parley.core.optim;

/**
 * An iterative method spent the iteration budget its caller gave it before it finished. Not a bad argument (that is
 * an {@link IllegalArgumentException}): the message names the method, the budget and where it stood.
 */
public class IterationBudgetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int budget;

    /** {@code what} ran out of its {@code budget} iterations; {@code state} says where it stood. */
    public IterationBudgetException(String what, int budget, String state) {
        super(what + " did not finish within its budget of " + budget + " iterations (" + state + ")");
        this.budget = budget;
    }

    /** The budget that was spent. */
    public int budget() {
        return budget;
    }
}
