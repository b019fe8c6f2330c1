package org.parley.core.backtest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A named capability vector for a backtest: {@code equal} (every actor 1), the GDP row of DEU III, or one the user
 * supplies. Only ratios matter (capability x salience weights, Achen 2006).
 */
public record Capabilities(String name, Map<String, Double> weights) {

    /** The name of the equal vector. */
    public static final String EQUAL = "equal";

    public Capabilities {
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            if (e.getValue() == null || !(e.getValue() >= 0) || Double.isInfinite(e.getValue())) {
                throw new IllegalArgumentException("capability of '" + e.getKey() + "' is " + e.getValue()
                        + "; expected a finite number >= 0");
            }
        }
    }

    /** Every actor has capability 1. */
    public static Capabilities equal() {
        return new Capabilities(EQUAL, Map.of());
    }

    /** The capability of {@code actor}: 1 for the equal vector; an actor the vector does not list is an error. */
    public double of(String actor) {
        if (weights.isEmpty()) {
            return 1.0;
        }
        Double c = weights.get(actor);
        if (c == null) {
            throw new IllegalArgumentException("capabilities '" + name + "' give no value for actor '" + actor + "'");
        }
        return c;
    }
}
