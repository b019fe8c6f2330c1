package org.parley.core.negotiation.party;

/**
 * Relative tit-for-tat (Faratin, Sierra and Jennings 1998, section 4.3.1), in utility space: it reproduces, in
 * proportion, the concession the others made over the last {@code delta} offers, measured in its own utility,
 * <pre>target_n = clamp(target_{n-1} * u(o_opp^{-delta}) / u(o_opp^{0}), P_min, P_max)</pre>
 * starting from {@code P_max}; a retraction raises the target again. It offers the bid nearest to its target.
 */
public final class TitForTatNegotiator extends IndexedNegotiator {

    private final int window;
    private double target;
    private int used;

    /** Relative tit-for-tat over {@code window >= 1} offers. */
    public TitForTatNegotiator(int window, Acceptance acceptance) {
        super(acceptance);
        if (window < 1) {
            throw new IllegalArgumentException("delta=" + window + ": expected a whole number >= 1");
        }
        this.window = window;
    }

    @Override
    void start() {
        target = pMax;
    }

    @Override
    int nextRank(int round, double t) {
        int n = received.size();
        if (n > window && n > used) {
            double old = received.latest(window);
            double now = received.latest(0);
            if (old > 0 && now > 0) {
                target = Math.max(pMin, Math.min(pMax, target * old / now));
            }
            used = n;
        }
        return nearest(target);
    }
}
