package org.parley.core.forecast.smp;

/**
 * A proposed bargain (smp.md Section 6): the initiator would move to {@code initiatorPosition} and the receiver to
 * {@code receiverPosition} (0..1, one value per dimension). {@code view} says whose estimate shaped it.
 */
record Bargain(int initiator, int receiver, double[] initiatorPosition, double[] receiverPosition, String view) {

    /** Whose estimate of the challenge a bargain rests on. */
    static final String INITIATOR = "initiator";
    static final String RECEIVER = "receiver";
    static final String BOTH = "both";
}
