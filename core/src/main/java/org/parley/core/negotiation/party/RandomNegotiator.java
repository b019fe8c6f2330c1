package org.parley.core.negotiation.party;

/**
 * Offers a bid drawn uniformly from those worth at least its reservation value, from its own seeded stream
 * (spaces too large to enumerate: from the searched sample of its index); accepts by its acceptance condition
 * (AC_next compares the standing offer with its next random bid).
 */
public final class RandomNegotiator extends IndexedNegotiator {

    /** A random party with an acceptance condition. */
    public RandomNegotiator(Acceptance acceptance) {
        super(acceptance);
    }

    @Override
    int nextRank(int round, double t) {
        return rational == 0 ? -1 : context.random().nextInt(rational);
    }
}
