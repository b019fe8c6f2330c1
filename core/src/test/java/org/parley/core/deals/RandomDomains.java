package org.parley.core.deals;

import org.parley.core.negotiation.TestDomains;

/** Small random additive deal spaces for property tests, with utilities on a coarse grid so that ties occur. */
final class RandomDomains {

    private RandomDomains() {
    }

    /** 1 to 4 issues of 1 to 5 values, reservation values 0, 0.25 or 0.5 ({@link TestDomains#additive}). */
    static DealSpace additive(long seed, int parties) {
        return TestDomains.additive(seed, parties, 4, 5, 0.5);
    }
}
