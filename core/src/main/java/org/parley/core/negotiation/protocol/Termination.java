package org.parley.core.negotiation.protocol;

/** How a negotiation ended. */
public enum Termination {
    /** Every party accepted the standing offer. */
    AGREEMENT,
    /** The deadline passed without agreement. */
    DEADLINE,
    /** A party ended the negotiation. */
    WALK_AWAY,
    /** A party failed (threw, returned no action, accepted with no offer standing, offered an invalid bid). */
    ERROR
}
