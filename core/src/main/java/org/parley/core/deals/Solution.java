package org.parley.core.deals;

import java.util.List;

/**
 * A bargaining solution on a frontier: its name, the chosen point (the first maximiser in frontier order), every
 * point that ties with it within {@code eps}, and the value of the objective there.
 */
public record Solution(String name, FrontierPoint point, List<FrontierPoint> ties, double objective) {

    public Solution {
        ties = List.copyOf(ties);
    }
}
