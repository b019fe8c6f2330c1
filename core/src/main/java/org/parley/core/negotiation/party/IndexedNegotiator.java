package org.parley.core.negotiation.party;

import java.util.List;
import org.parley.core.negotiation.bidspace.UtilityIndex;
import org.parley.core.preferences.Profile;

/**
 * Scaffolding of the built-in parties: they pick their next bid from their profile's sorted utility index, never
 * below their reservation value, and accept by an {@link Acceptance} condition comparing discounted utilities. The
 * utility range they concede over is {@code [P_min, P_max]} with {@code P_max} the best utility and
 * {@code P_min = max(rv, worst utility)}. A party with no bid worth its reservation value ends the negotiation.
 */
abstract class IndexedNegotiator implements Negotiator {

    private final Acceptance acceptance;
    PartyContext context;
    UtilityIndex index;
    Profile profile;
    int me;
    double rv;
    double pMax;
    double pMin;
    /**
     * The number of bids worth at least the reservation value, decided exactly at the boundary
     * ({@link UtilityIndex#countAccepted}): ranks {@code 0 .. rational - 1}.
     */
    int rational;
    private double delta;
    private int lastRank = -1;
    private int[] lastBid;
    private boolean standingIsOthers;
    private double standingUtility;
    final OfferHistory received = new OfferHistory();

    IndexedNegotiator(Acceptance acceptance) {
        this.acceptance = acceptance;
    }

    @Override
    public void init(PartyContext c) {
        context = c;
        index = c.index();
        profile = c.profile();
        me = c.me();
        rv = profile.reservationValue();
        delta = profile.discountFactor();
        pMax = index.max();
        pMin = Math.min(pMax, Math.max(rv, index.min()));
        rational = index.countAccepted(org.parley.core.deals.Acceptance.of(List.of(profile)), 0);
        start();
    }

    /** Called at the end of {@link #init}. */
    void start() {
    }

    /** The rank (in the index) of the bid to offer next, or -1 when no bid reaches the reservation value. */
    abstract int nextRank(int round, double t);

    /** Called for every offer of another party, with its utility to this party. */
    void received(int party, int[] bid, double utility, double t) {
    }

    /** The utility AC_next compares the standing offer with: by default that of the next bid, {@code rank}. */
    double settleFor(int rank) {
        return index.utility(rank);
    }

    @Override
    public void observe(int party, Action action, double t) {
        if (action.kind() != Action.Kind.OFFER) {
            return;
        }
        standingIsOthers = party != me;
        if (standingIsOthers) {
            int[] bid = action.bid();
            standingUtility = profile.utility(bid);
            received.add(t, standingUtility);
            received(party, bid, standingUtility, t);
        }
    }

    @Override
    public Action act(int round, double t) {
        int rank = nextRank(round, t);
        if (rank < 0) {
            return Action.end();
        }
        if (standingIsOthers) {
            double d = delta == 1 ? 1 : Math.pow(delta, t);
            double recent = acceptance.rule() == Acceptance.Rule.COMBI
                    ? received.bestSince(Acceptance.windowStart(t)) * d : Double.NaN;
            if (acceptance.accepts(standingUtility * d, settleFor(rank) * d, t, recent,
                    context.deadline().lastRound(round), rv * d)) {
                return Action.accept();
            }
        }
        if (rank != lastRank) {
            lastRank = rank;
            lastBid = index.bid(rank);
        }
        return Action.offer(lastBid);
    }

    /** The rank of the rational bid nearest to {@code target} (GENIUS {@code getBidNearUtility}), or -1. */
    int nearest(double target) {
        return index.nearestAmong(target, rational);
    }
}
