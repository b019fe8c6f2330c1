package org.parley.core.negotiation.party;

import java.util.Arrays;

/**
 * What a party does on its turn: offer a bid (value indices, one per issue), accept the standing offer, or end the
 * negotiation without agreement. The bid is copied in and out.
 */
public record Action(Kind kind, int[] bid) {

    /** The three moves of the alternating-offers protocols. */
    public enum Kind {
        /** A (counter-)offer, which replaces the standing offer. */
        OFFER,
        /** Acceptance of the standing offer. */
        ACCEPT,
        /** Walking away: the negotiation ends without agreement. */
        END
    }

    private static final Action ACCEPT = new Action(Kind.ACCEPT, null);
    private static final Action END = new Action(Kind.END, null);

    public Action {
        if (kind == null) {
            throw new IllegalArgumentException("an action needs a kind");
        }
        if ((kind == Kind.OFFER) != (bid != null)) {
            throw new IllegalArgumentException(kind == Kind.OFFER ? "an offer needs a bid" : kind + " takes no bid");
        }
        bid = bid == null ? null : bid.clone();
    }

    /** An offer of {@code bid}. */
    public static Action offer(int[] bid) {
        return new Action(Kind.OFFER, bid);
    }

    /** Acceptance of the standing offer. */
    public static Action accept() {
        return ACCEPT;
    }

    /** Ending the negotiation. */
    public static Action end() {
        return END;
    }

    @Override
    public int[] bid() {
        return bid == null ? null : bid.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Action a && a.kind == kind && Arrays.equals(a.bid, bid);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Arrays.hashCode(bid);
    }

    @Override
    public String toString() {
        return bid == null ? kind.toString() : kind + Arrays.toString(bid);
    }
}
