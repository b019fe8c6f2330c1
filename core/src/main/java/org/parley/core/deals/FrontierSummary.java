package org.parley.core.deals;

import java.util.List;

/**
 * A Pareto frontier as reported: its distinct utility points, the outcomes on them, how it was computed (algorithm,
 * tie tolerance, the sizes of the per-issue merge's intermediate frontiers) and, when listed, the points themselves
 * in frontier order (null when the frontier is summarised only).
 */
public record FrontierSummary<V>(int points, long outcomesOnFrontier, String algorithm, double eps,
                                 List<Integer> mergeStages, List<DealPoint<V>> frontier) {

    public FrontierSummary {
        mergeStages = mergeStages == null ? List.of() : List.copyOf(mergeStages);
        frontier = frontier == null ? null : List.copyOf(frontier);
    }
}
