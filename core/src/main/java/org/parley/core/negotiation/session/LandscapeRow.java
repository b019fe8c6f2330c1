package org.parley.core.negotiation.session;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.negotiation.protocol.Termination;

/**
 * One assignment of tactics to parties and where it landed: how it ended, rounds, the agreed bid, every party's
 * utility, whether it is in the zone of agreement, its distances to the Pareto frontier and the Nash point, and,
 * on a Parley scenario, the nearest package and how far its terms are (mean over issues, percent of the scale).
 */
public record LandscapeRow(List<String> negotiators, boolean agreement, Termination termination, int rounds,
                           Map<String, String> bid, Map<String, Double> utilities, boolean inZone,
                           Double paretoDistance, Double nashDistance, String nearestPackage, Double nearestGap) {

    public LandscapeRow {
        negotiators = List.copyOf(negotiators);
        bid = bid == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(bid));
        utilities = Collections.unmodifiableMap(new LinkedHashMap<>(utilities));
    }
}
