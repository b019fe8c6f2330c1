package org.parley.core.negotiation.party;

/**
 * A negotiating party (GeniusWeb "party", GENIUS "NegotiationParty"). The protocol calls {@link #init} once, then
 * {@link #act} on each of the party's turns, and tells every party of every action ({@link #observe}, its own
 * included, in order). A party knows its own profile only, never the others'. A party that throws, returns no
 * action, accepts when no offer stands, or offers a bid outside the domain ends the negotiation (the reason is
 * recorded). One instance takes part in one negotiation; instances need not be thread-safe. Plug-ins implement this
 * and publish a {@link NegotiatorFactory}.
 */
public interface Negotiator {

    /** Called once before the first turn: the party's index, its profile, the domain, deadline and random stream. */
    void init(PartyContext context);

    /**
     * The party's action on its turn in round {@code round} (0-based) at normalised time {@code time} in [0, 1]
     * ({@code round / deadline rounds} under a round deadline).
     */
    Action act(int round, double time);

    /** Party {@code party} took {@code action} at {@code time}; called for every action of every party. */
    default void observe(int party, Action action, double time) {
    }
}
