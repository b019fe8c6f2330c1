package org.parley.core.deals;

import java.util.Map;

/**
 * A bargaining solution on the grid's frontier (Nash 1950, Kalai and Smorodinsky 1975, egalitarian, utilitarian,
 * GENIUS's min_difference): the outcome, the parties' utilities, the objective reached and how many frontier points
 * tie with it.
 */
public record SolutionPoint<V>(Map<String, V> outcome, Map<String, Double> utilities, double objective, int ties) {

    public SolutionPoint {
        outcome = Maps.copy(outcome);
        utilities = Maps.copy(utilities);
    }
}
