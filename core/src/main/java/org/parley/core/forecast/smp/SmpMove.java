package org.parley.core.forecast.smp;

import java.util.Map;

/**
 * What an actor did in a turn: the entry of its queue it adopted ({@code status quo} or a bargain id), that
 * entry's probability, and the probability of every entry of the queue in queue order.
 */
public record SmpMove(String adopted, double probability, Map<String, Double> queue) {

    /** The queue entry that keeps the actor where it is. */
    public static final String STATUS_QUO = "status quo";
}
