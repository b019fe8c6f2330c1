package org.parley.core.deals;

/**
 * A deal space seen by two of its parties (Raiffa 1982, ch. 16, the negotiators' utility plane): the Pareto frontier
 * of the grid in the plane of their utilities, i.e. the utility pairs {@code (u_first, u_second)} no outcome improves
 * for both, and the upper boundary of the zone of agreement in that plane, the same frontier over the outcomes every
 * party accepts ({@code u_j >= rv_j} for every party j, so the third party's acceptance is kept). The zone, drawn in
 * the plane, is the region between both parties' reservation values and that boundary (free disposal: a pair below
 * a reachable one counts as reachable). Points in frontier order, the first party's utility descending; {@code zone}
 * has no points when no outcome is acceptable to every party.
 */
public record PairFrontier(String first, String second, PairCurve frontier, PairCurve zone) {

    /** Whether the pair is {@code a} and {@code b}, in either order. */
    public boolean joins(String a, String b) {
        return first.equals(a) && second.equals(b) || first.equals(b) && second.equals(a);
    }
}
