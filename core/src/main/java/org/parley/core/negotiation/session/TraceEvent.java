package org.parley.core.negotiation.session;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.core.negotiation.party.Action;

/**
 * One action of a session: the round (0-based), the party, what it did, the normalised time, the bid offered (or
 * accepted) as issue to value, and every party's utility of that bid (the utility traces).
 */
public record TraceEvent(int round, String party, Action.Kind action, double time, Map<String, String> bid,
                         Map<String, Double> utilities) {

    public TraceEvent {
        bid = bid == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(bid));
        utilities = utilities == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(utilities));
    }
}
