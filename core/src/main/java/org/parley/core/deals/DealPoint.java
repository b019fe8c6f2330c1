package org.parley.core.deals;

import java.util.Map;

/**
 * One point of a deal space as a reader sees it: the outcome (issue to value; numbers on a scenario's scales, value
 * labels in a GENIUS/GeniusWeb domain), every party's utility there, and how many outcomes share that utility vector.
 */
public record DealPoint<V>(Map<String, V> outcome, Map<String, Double> utilities, long outcomes) {

    public DealPoint {
        outcome = Maps.copy(outcome);
        utilities = Maps.copy(utilities);
    }
}
