package org.parley.core.negotiation.session;

import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a session is measured against, per setting: the parties, the top of the utility scale (1 or 100), their
 * reservation values and discount factors, the number of outcomes and whether the parties' indexes hold them all,
 * the Pareto frontier (its number of points, and the points themselves, utilities in party order, when there are
 * at most {@link #MAX_POINTS_LISTED}), the Nash, Kalai-Smorodinsky and egalitarian points (disagreement point =
 * reservation values) and notes on what could not be computed.
 */
public record Reference(List<String> parties, double scale, List<Double> reservationValues,
                        List<Double> discountFactors, BigInteger outcomes, boolean exactIndex,
                        Integer frontierPoints, List<List<Double>> frontier, Map<String, List<Double>> solutions,
                        List<String> notes) {

    /** The most frontier points a result lists. */
    public static final int MAX_POINTS_LISTED = 10_000;

    public Reference {
        parties = List.copyOf(parties);
        reservationValues = List.copyOf(reservationValues);
        discountFactors = List.copyOf(discountFactors);
        frontier = frontier == null ? null : frontier.stream().map(List::copyOf).toList();
        solutions = Collections.unmodifiableMap(new LinkedHashMap<>(solutions));
        notes = List.copyOf(notes);
    }
}
