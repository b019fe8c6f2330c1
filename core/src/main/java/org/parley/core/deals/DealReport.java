package org.parley.core.deals;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * What a deal-space analysis found: the number of outcomes, the parties, the disagreement point and the parties'
 * reservation values, the Pareto
 * frontier over all outcomes and over rational outcomes only, the bargaining solutions on it, and the zone of
 * agreement (null when the space was too large to count, with the reason in {@code notes}).
 */
public record DealReport(BigInteger outcomes, List<String> parties, double scale, double[] disagreement,
                         double[] reservationValues, ParetoFrontier frontier, ParetoFrontier rational, Map<String, Solution> solutions,
                         Zopa zopa, List<String> notes) {

    public DealReport {
        parties = List.copyOf(parties);
        disagreement = disagreement.clone();
        reservationValues = reservationValues.clone();
        solutions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(solutions));
        notes = List.copyOf(notes);
    }

    @Override
    public double[] disagreement() {
        return disagreement.clone();
    }

    @Override
    public double[] reservationValues() {
        return reservationValues.clone();
    }
}
