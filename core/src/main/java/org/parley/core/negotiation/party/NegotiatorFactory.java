package org.parley.core.negotiation.party;

import org.parley.core.params.Params;

/**
 * Makes negotiators of one kind: the plug-in interface. Parley finds implementations with
 * {@link java.util.ServiceLoader}: put a class with a public no-argument constructor in a jar with the file
 * {@code META-INF/services/org.parley.core.negotiation.party.NegotiatorFactory} naming it, and pass the jar with
 * {@code --plugin} (or put it on the class path). Parameters come from the negotiator's name as written, e.g.
 * {@code my-agent(alpha=0.9)}.
 */
public interface NegotiatorFactory {

    /** The name users write, e.g. {@code boulware}; lower case, no spaces, commas or parentheses. */
    String name();

    /** One line saying what the negotiator does. */
    default String description() {
        return "";
    }

    /**
     * A fresh negotiator for one negotiation, configured by {@code params}; throws
     * {@link org.parley.core.params.BadParameterException} (or {@link IllegalArgumentException}) naming a bad
     * parameter. Called once per negotiation, possibly from several threads at once.
     */
    Negotiator create(Params params);
}
