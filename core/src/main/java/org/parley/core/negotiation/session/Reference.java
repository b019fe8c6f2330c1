package org.parley.core.negotiation.session;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.deals.FrontierPoint;
import org.parley.core.deals.PairFrontier;
import org.parley.core.deals.PairFrontiers;
import org.parley.core.deals.ParetoFrontier;

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

    /**
     * The deal space as each pair of parties sees it ({@link PairFrontiers}: every pair up to four parties, else a
     * ring): the listed frontier projected onto the pair's utilities, and the zone of agreement's upper boundary,
     * the frontier points where every party gets at least its reservation value (a rational outcome is dominated
     * only by rational ones, so these are the frontier of the rational outcomes). Empty when the frontier is not
     * listed.
     */
    public List<PairFrontier> pairFrontiers() {
        if (frontier == null || parties.size() < 2) {
            return List.of();
        }
        List<FrontierPoint> all = new ArrayList<>();
        List<FrontierPoint> rational = new ArrayList<>();
        for (List<Double> point : frontier) {
            double[] u = new double[point.size()];
            boolean accepted = true;
            for (int i = 0; i < u.length; i++) {
                u[i] = point.get(i);
                accepted &= u[i] >= reservationValues.get(i);
            }
            FrontierPoint p = new FrontierPoint(u, 1, List.of());
            all.add(p);
            if (accepted) {
                rational.add(p);
            }
        }
        double eps = 1e-9 * scale;
        return PairFrontiers.of(parties, new ParetoFrontier(all, all.size(), "listed", eps, false, null),
                new ParetoFrontier(rational, rational.size(), "listed", eps, true, null));
    }
}
