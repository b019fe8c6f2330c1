package org.parley.core.deals;

import java.util.Map;

/**
 * A bargaining solution over the continuous issue space of a scenario: the terms on each issue's own scale, the
 * veto parties' utilities, the objective reached, and (for the cutting-plane Nash solution) the certificate gap,
 * an upper bound on how far the objective is from the optimum; null when the solution is exact.
 */
public record ContinuousSolution(Map<String, Double> outcome, Map<String, Double> utilities, double objective,
                                 Double certificateGap) {

    public ContinuousSolution {
        outcome = Maps.copy(outcome);
        utilities = Maps.copy(utilities);
    }

    /** The solver's point with issue and party names. */
    static ContinuousSolution of(ContinuousPoint c, java.util.List<String> issues, java.util.List<String> parties) {
        return new ContinuousSolution(Maps.named(issues, c.outcome()), Maps.named(parties, c.utilities()),
                c.objective(), c.gap() > 0 ? c.gap() : null);
    }
}
