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
 * at most {@link #MAX_POINTS_LISTED}, with the indices of its rational points, those every party accepts, decided
 * by core.deals.Acceptance: exactly at the boundary for Parley scenarios), the Nash, Kalai-Smorodinsky and
 * egalitarian points (disagreement point = reservation values, on the rational frontier) and notes on what could
 * not be computed.
 */
public record Reference(List<String> parties, double scale, List<Double> reservationValues,
                        List<Double> discountFactors, BigInteger outcomes, boolean exactIndex,
                        Integer frontierPoints, List<List<Double>> frontier, List<Integer> rational,
                        Map<String, List<Double>> solutions, List<String> notes) {

    /** The most frontier points a result lists. */
    public static final int MAX_POINTS_LISTED = 10_000;

    public Reference {
        parties = List.copyOf(parties);
        reservationValues = List.copyOf(reservationValues);
        discountFactors = List.copyOf(discountFactors);
        frontier = frontier == null ? null : frontier.stream().map(List::copyOf).toList();
        rational = rational == null ? null : List.copyOf(rational);
        solutions = Collections.unmodifiableMap(new LinkedHashMap<>(solutions));
        notes = List.copyOf(notes);
    }

    /**
     * Decimal places for utilities in text (distances get one more): 1 on a 0..100 scale (Parley scenarios), 3 on
     * 0..1 (GENIUS, GeniusWeb); for {@link org.parley.core.text.Decimals}. Rounding belongs to views.
     */
    public int decimals() {
        return scale > 1 ? 1 : 3;
    }

    /**
     * The deal space as each pair of parties sees it ({@link PairFrontiers}: every pair up to four parties, else a
     * ring): the listed frontier projected onto the pair's utilities, and the zone of agreement's upper boundary,
     * its {@link #rational} points, where every party gets at least its reservation value (a rational outcome is
     * dominated only by rational ones, so these are the frontier of the rational outcomes). Empty when the frontier
     * is not listed. (A result written before the rational points were kept has them found by {@code u >= rv} in
     * double.)
     */
    public List<PairFrontier> pairFrontiers() {
        if (frontier == null || parties.size() < 2) {
            return List.of();
        }
        List<FrontierPoint> all = new ArrayList<>();
        List<FrontierPoint> zone = new ArrayList<>();
        for (int k = 0; k < frontier.size(); k++) {
            List<Double> point = frontier.get(k);
            double[] u = new double[point.size()];
            boolean accepted = true;
            for (int i = 0; i < u.length; i++) {
                u[i] = point.get(i);
                accepted &= u[i] >= reservationValues.get(i);
            }
            FrontierPoint p = new FrontierPoint(u, 1, List.of());
            all.add(p);
            if (rational == null && accepted) {
                zone.add(p);
            }
        }
        if (rational != null) {
            rational.forEach(k -> zone.add(all.get(k)));
        }
        double eps = 1e-9 * scale;
        return PairFrontiers.of(parties, new ParetoFrontier(all, all.size(), "listed", eps, false, null),
                new ParetoFrontier(zone, zone.size(), "listed", eps, true, null));
    }
}
