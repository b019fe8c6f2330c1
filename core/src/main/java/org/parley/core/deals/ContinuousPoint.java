package org.parley.core.deals;

/**
 * A solution over the continuous issue space: the outcome on each issue's own scale, the parties' utilities there,
 * and the objective value reached (an upper bound on what any grid point can reach, up to {@code gap}).
 */
public record ContinuousPoint(String name, double[] outcome, double[] utilities, double objective, double gap) {

    public ContinuousPoint {
        outcome = outcome.clone();
        utilities = utilities.clone();
    }

    @Override
    public double[] outcome() {
        return outcome.clone();
    }

    @Override
    public double[] utilities() {
        return utilities.clone();
    }
}
