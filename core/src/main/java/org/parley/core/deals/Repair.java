package org.parley.core.deals;

import java.util.List;
import java.util.Map;

/**
 * The smallest change that brings a package's blockers in: the nearest package (weighted Euclidean distance on the issue
 * scales, 0..100 each) that every veto party accepts, with every actor's utility there and the issues changed; or,
 * when no package satisfies every veto party, the statement why (the zone is empty) and the closest miss: the
 * package that maximises the worst veto margin, which is then negative. Distances are weighted Euclidean.
 */
public record Repair(String packageId, boolean exists, Map<String, Double> outcome, Map<String, Double> utilities,
                     Map<String, Double> margins, double distance, List<String> changed, String statement) {

    public Repair {
        outcome = outcome == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(outcome));
        utilities = utilities == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(utilities));
        margins = margins == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(margins));
        changed = changed == null ? List.of() : List.copyOf(changed);
    }
}
