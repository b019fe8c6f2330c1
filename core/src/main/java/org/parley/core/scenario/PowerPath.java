package org.parley.core.scenario;

import java.util.List;

/**
 * The balance of power over time for Powell's (2006) commitment-problem check: the declining actor, its cost of war
 * {@code warCost} (a share of the per-period flow, like its win probability), and its win probability by year.
 */
public record PowerPath(String declining, double warCost, List<PowerPoint> path, String note) {

    public PowerPath {
        path = path == null ? List.of() : List.copyOf(path);
    }
}
