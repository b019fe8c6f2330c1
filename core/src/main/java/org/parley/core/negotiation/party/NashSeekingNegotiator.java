package org.parley.core.negotiation.party;

import org.parley.core.outcomes.OutcomeSpace;

/**
 * Seeks the Nash point without seeing the others' profiles. It models every other party with a
 * {@link FrequencyModel} and, every {@code update} rounds, estimates the Nash bid as the one maximising
 * {@code (u(o) - rv) * prod_j u_hat_j(o)} over its rational bids (at most {@code scan} of them, evenly spread over its
 * index). It concedes linearly from {@code P_max} to its own utility at that estimate, {@code u_N}, by time
 * {@code tau}: {@code target(t) = u_N + (P_max - u_N) (1 - min(1, t / tau))}; near its target it offers the bid
 * the others are estimated to like best, and from {@code tau} on the estimated Nash bid itself. Parley's own
 * design, documented in docs/models/negotiation.md.
 */
public final class NashSeekingNegotiator extends IndexedNegotiator {

    private static final int CANDIDATES = 200;

    private final double tau;
    private final int update;
    private final int scan;
    private FrequencyModel[] models;
    private OutcomeSpace space;
    private double nashUtility;
    private int nashRank = -1;
    private int estimatedAt = -1;
    private boolean news;

    /** A Nash seeker reaching its estimate by {@code tau} in (0, 1], re-estimating every {@code update} rounds. */
    public NashSeekingNegotiator(double tau, int update, int scan, Acceptance acceptance) {
        super(acceptance);
        if (!(tau > 0 && tau <= 1)) {
            throw new IllegalArgumentException("tau=" + tau + ": expected a time above 0 and at most 1");
        }
        if (update < 1) {
            throw new IllegalArgumentException("update=" + update + ": expected a whole number >= 1");
        }
        if (scan < 1) {
            throw new IllegalArgumentException("scan=" + scan + ": expected a whole number >= 1");
        }
        this.tau = tau;
        this.update = update;
        this.scan = scan;
    }

    @Override
    void start() {
        space = context.domain();
        models = new FrequencyModel[context.parties().size()];
        int[] radix = space.radices();
        for (int j = 0; j < models.length; j++) {
            models[j] = j == me ? null : new FrequencyModel(radix, 0.1);
        }
        nashUtility = pMax;
    }

    @Override
    void received(int party, int[] bid, double utility, double t) {
        models[party].update(bid);
        news = true;
    }

    private double others(int[] bid) {
        double p = 1;
        for (FrequencyModel m : models) {
            if (m != null) {
                p *= m.utility(bid);
            }
        }
        return p;
    }

    private void estimate() {
        int rational = index.countAtLeast(rv);
        if (rational == 0) {
            return;
        }
        int stride = Math.max(1, (rational + scan - 1) / scan);
        double best = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < rational; r += stride) {
            double v = (index.utility(r) - rv) * others(index.bid(r));
            if (v > best) {
                best = v;
                nashRank = r;
            }
        }
        nashUtility = Math.max(pMin, index.utility(nashRank));
    }

    @Override
    int nextRank(int round, double t) {
        if (news && (estimatedAt < 0 || round - estimatedAt >= update)) {
            estimate();
            estimatedAt = round;
            news = false;
        }
        if (t >= tau && nashRank >= 0) {
            return nashRank;
        }
        double target = nashUtility + (pMax - nashUtility) * (1 - Math.min(1, t / tau));
        int top = index.countAtLeast(target);
        int from = Math.max(0, top - CANDIDATES);
        if (top == 0 || estimatedAt < 0) {
            return index.nearest(target, rv);
        }
        int pick = top - 1;
        double best = Double.NEGATIVE_INFINITY;
        for (int r = top - 1; r >= from; r--) {
            double v = others(index.bid(r));
            if (v > best) {
                best = v;
                pick = r;
            }
        }
        return pick;
    }

    /** The current estimate of its own utility at the Nash point. */
    double nashUtility() {
        return nashUtility;
    }
}
