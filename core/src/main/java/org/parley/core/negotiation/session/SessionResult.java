package org.parley.core.negotiation.session;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.negotiation.Deadline;
import org.parley.core.negotiation.protocol.Termination;

/**
 * One negotiation session as a result: the domain, protocol, deadline and seed; the parties (profile names, in turn
 * order) and the negotiator each ran; how it ended (with the reason for a walk-away or failure), the rounds begun
 * and the normalised time at the end; the agreed bid (issue to value, null without agreement); every party's
 * utility of the outcome (the reservation value without agreement), undiscounted and discounted
 * ({@code u * delta^t}); the metrics; the full trace (when kept); the reference (frontier and solutions); and, for a
 * Parley scenario, where it landed relative to the packages.
 */
public record SessionResult(String domain, String protocol, Deadline deadline, long seed, List<String> parties,
                            List<String> negotiators, boolean agreement, Termination termination, String reason,
                            int rounds, double time, Map<String, String> bid, Map<String, Double> utilities,
                            Map<String, Double> discountedUtilities, SessionMetrics metrics, List<TraceEvent> trace,
                            Reference reference, Landing landing) {

    public SessionResult {
        parties = List.copyOf(parties);
        negotiators = List.copyOf(negotiators);
        bid = bid == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(bid));
        utilities = Collections.unmodifiableMap(new LinkedHashMap<>(utilities));
        discountedUtilities = Collections.unmodifiableMap(new LinkedHashMap<>(discountedUtilities));
        trace = trace == null ? null : List.copyOf(trace);
    }
}
