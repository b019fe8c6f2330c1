package org.parley.core.negotiation.party;

/**
 * Seeks the Nash point without seeing the others' profiles. It models every other party {@code j} with a
 * {@link FrequencyModel} {@code u_hat_j} and offers, among its bids worth at least a time-dependent target
 * {@code target(t) = P_min + (P_max - P_min)(1 - t^(1/e))}, the one with the largest estimated Nash product
 * <pre>(u(o) - rv) * prod_j u_hat_j(o)</pre>
 * so that its offers move from its best bid towards the estimated Nash bid and stay there once the target has
 * passed below it. It accepts an offer worth at least its next bid or its target, whichever is lower (so two
 * Nash seekers with different estimates still meet before the deadline). Candidates are its {@code scan} best
 * bids (all of them in small spaces; else the 200 best and the rest spread evenly over its index); the estimates
 * are refreshed every {@code update} rounds. Parley's own design (docs/models/negotiation.md).
 */
public final class NashSeekingNegotiator extends IndexedNegotiator {

    private static final int TOP = 200;

    private final double e;
    private final int update;
    private final int scan;
    private FrequencyModel[] models;
    private int[] rank;
    private int[][] bid;
    private double[] gain;
    private double[] others;
    private int estimatedAt = -1;
    private double target;
    private boolean news;

    /** A Nash seeker conceding with exponent {@code e > 0}, refreshing every {@code update} rounds. */
    public NashSeekingNegotiator(double e, int update, int scan, Acceptance acceptance) {
        super(acceptance);
        if (!(e > 0) || Double.isInfinite(e)) {
            throw new IllegalArgumentException("e=" + e + ": expected a number above 0");
        }
        if (update < 1) {
            throw new IllegalArgumentException("update=" + update + ": expected a whole number >= 1");
        }
        if (scan <= TOP) {
            throw new IllegalArgumentException("scan=" + scan + ": expected a whole number above " + TOP);
        }
        this.e = e;
        this.update = update;
        this.scan = scan;
    }

    @Override
    void start() {
        models = new FrequencyModel[context.parties().size()];
        int[] radix = context.domain().radices();
        for (int j = 0; j < models.length; j++) {
            models[j] = j == me ? null : new FrequencyModel(radix, 0.1);
        }
        int n = Math.min(rational, scan);
        rank = new int[n];
        for (int c = 0; c < n; c++) {
            rank[c] = rational <= scan || c < TOP ? c
                    : TOP + (int) ((long) (c - TOP) * (rational - TOP) / (n - TOP));
        }
        bid = new int[n][];
        gain = new double[n];
        others = new double[n];
        for (int c = 0; c < n; c++) {
            bid[c] = index.bid(rank[c]);
            gain[c] = index.utility(rank[c]) - rv;
            others[c] = 1;
        }
    }

    /** AC_next against what it is prepared to settle for: its next bid's utility, or its target if lower. */
    @Override
    double settleFor(int r) {
        return Math.min(index.utility(r), target);
    }

    @Override
    void received(int party, int[] offered, double utility, double t) {
        models[party].update(offered);
        news = true;
    }

    @Override
    int nextRank(int round, double t) {
        if (rank.length == 0) {
            return -1;
        }
        if (news && (estimatedAt < 0 || round - estimatedAt >= update)) {
            for (int c = 0; c < rank.length; c++) {
                double p = 1;
                for (FrequencyModel m : models) {
                    if (m != null) {
                        p *= m.utility(bid[c]);
                    }
                }
                others[c] = p;
            }
            estimatedAt = round;
            news = false;
        }
        target = TimeDependentNegotiator.target(e, 0, pMin, pMax, t);
        int pick = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < rank.length && (c == 0 || gain[c] + rv >= target); c++) {
            double v = gain[c] * others[c];
            if (v > best) {
                best = v;
                pick = c;
            }
        }
        return rank[pick];
    }
}
