package org.parley.core.deals;

import java.util.Map;

/**
 * The zone of possible agreement as reported: how many outcomes give every party at least its reservation value,
 * their share of the space, each party's best and worst utility inside the zone, and the first outcome in it
 * (best, worst and example are null when the zone is empty).
 */
public record ZoneOfAgreement<V>(long outcomes, double share, Map<String, Double> best, Map<String, Double> worst,
                                 Map<String, V> example) {

    public ZoneOfAgreement {
        best = best == null ? null : Maps.copy(best);
        worst = worst == null ? null : Maps.copy(worst);
        example = example == null ? null : Maps.copy(example);
    }

    /** Whether no outcome is in the zone. */
    public boolean empty() {
        return outcomes == 0;
    }
}
