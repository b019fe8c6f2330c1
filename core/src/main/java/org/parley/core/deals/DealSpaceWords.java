package org.parley.core.deals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.core.text.Decimals;
import org.parley.core.text.Words;

/**
 * The deal space in plain words, each sentence built from the typed result it states: what a two-party view shows
 * (where the zone of agreement runs in the pair's plane) and whether the min-difference point lies in the zone.
 */
public final class DealSpaceWords {

    private DealSpaceWords() {
    }

    /**
     * "Seen by USA and RUS, with UKR kept at or above its no-deal value: the zone of agreement runs from USA 91.9
     * with RUS 37.5 to USA 62.0 with RUS 64.3; the frontier runs from USA 99.3 to RUS 99.3.", or that there is no
     * zone when no outcome of the grid satisfies every party.
     */
    public static String pair(PairFrontier p, DealSpaceResult<?> d) {
        List<String> others = new ArrayList<>();
        for (String party : d.parties()) {
            if (!party.equals(p.first()) && !party.equals(p.second())) {
                others.add(party);
            }
        }
        String seen = "Seen by " + p.first() + " and " + p.second() + (others.isEmpty() ? ""
                : ", with " + Words.and(others) + (others.size() == 1 ? " kept at or above its no-deal value"
                : " kept at or above their no-deal values"));
        PairCurve f = p.frontier();
        int n = f.size();
        String frontier = n == 0 ? "" : "; the Pareto frontier runs from " + p.first() + " " + one(f.first().get(0))
                + " (" + p.second() + " " + one(f.second().get(0)) + ") to " + p.second() + " "
                + one(f.second().get(n - 1)) + " (" + p.first() + " " + one(f.first().get(n - 1)) + ")";
        PairCurve z = p.zone();
        int m = z.size();
        if (m == 0) {
            return seen + ": no outcome on the grid gives every party at least its no-deal value, so there is no zone "
                    + "of agreement" + frontier + ".";
        }
        return seen + ": the zone of agreement reaches from " + p.first() + " " + one(z.first().get(0)) + " with "
                + p.second() + " " + one(z.second().get(0)) + " to " + p.first() + " " + one(z.first().get(m - 1))
                + " with " + p.second() + " " + one(z.second().get(m - 1)) + frontier + ".";
    }

    /**
     * Whether the min-difference point (the frontier point where the parties' utilities lie closest together) is in
     * the zone of agreement: "... lies outside the zone: USA gets 55.6, below its no-deal value 61.7."; empty when
     * the result has no such point.
     */
    public static String minDifference(DealSpaceResult<?> d) {
        SolutionPoint<?> p = d.solutions().get("min_difference");
        if (p == null) {
            return "";
        }
        List<String> utilities = new ArrayList<>();
        p.utilities().forEach((party, u) -> utilities.add(party + " " + one(u)));
        List<String> below = shortfalls(p.utilities(), d.reservationValues());
        String head = "The min-difference point, where the parties' utilities lie closest together ("
                + String.join(", ", utilities) + "), ";
        return below.isEmpty() ? head + "lies inside the zone of agreement."
                : head + "lies outside the zone of agreement: " + Words.and(below) + ".";
    }

    /** Whether every party gets at least its reservation value at the point. */
    public static boolean inZone(Map<String, Double> utilities, Map<String, Double> reservationValues) {
        return shortfalls(utilities, reservationValues).isEmpty();
    }

    private static List<String> shortfalls(Map<String, Double> u, Map<String, Double> rv) {
        List<String> out = new ArrayList<>();
        u.forEach((party, x) -> {
            Double r = rv.get(party);
            if (r != null && x < r) {
                out.add(party + " gets " + one(x) + ", below its no-deal value " + one(r));
            }
        });
        return out;
    }

    private static String one(double x) {
        return Decimals.fixed(x, 1);
    }

}
