package org.parley.core.deals;

import java.util.ArrayList;
import java.util.List;

/**
 * One distinct utility vector on the Pareto frontier, the number of outcomes that have it, and up to a few of those
 * outcomes (witnesses, as value indices).
 */
public record FrontierPoint(double[] utilities, long outcomes, List<int[]> witnesses) {

    public FrontierPoint {
        utilities = utilities.clone();
        List<int[]> w = new ArrayList<>();
        witnesses.forEach(o -> w.add(o.clone()));
        witnesses = List.copyOf(w);
    }

    /** Party {@code i}'s utility. */
    public double utility(int i) {
        return utilities[i];
    }

    /** The first witness outcome. */
    public int[] outcome() {
        return witnesses.get(0).clone();
    }

    @Override
    public double[] utilities() {
        return utilities.clone();
    }
}
