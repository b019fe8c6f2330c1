package org.parley.core.negotiation.party;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.core.params.Params;

/**
 * A negotiator as a user names it ({@code label}, e.g. {@code boulware(ac=combi)}): its factory and parameters.
 * {@link #create()} makes a fresh negotiator for one negotiation.
 */
public record NegotiatorSpec(String label, String name, Map<String, String> params, NegotiatorFactory factory) {

    public NegotiatorSpec {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** A fresh negotiator. */
    public Negotiator create() {
        return factory.create(Params.of(params));
    }
}
