package org.parley.core.negotiation.protocol;

import java.util.List;
import java.util.function.LongSupplier;
import org.parley.core.negotiation.Deadline;
import org.parley.core.negotiation.party.Action;
import org.parley.core.negotiation.party.Negotiator;
import org.parley.core.negotiation.party.PartyContext;

/**
 * SAOP, the Stacked Alternating Offers Protocol (Aydogan, Festen, Hindriks and Jonker 2017,
 * doi:10.1007/978-3-319-51563-2_10): parties take turns in a fixed order; the first turn must be an offer (or an
 * end); every later turn accepts the standing offer, replaces it with a counter-offer, or ends the negotiation. The
 * standing offer is agreed when all {@code n - 1} other parties accept it in consecutive turns. A round is one turn
 * of every party; the deadline is checked before each turn. With two parties this is bilateral alternating offers
 * ({@link #bilateral()}). Each action is told to every party, the actor included.
 */
public final class StackedAlternatingOffers implements Protocol {

    private static final StackedAlternatingOffers SAOP = new StackedAlternatingOffers("saop", 2, Integer.MAX_VALUE);
    private static final StackedAlternatingOffers AO = new StackedAlternatingOffers("ao", 2, 2);

    private final String name;
    private final int min;
    private final int max;

    private StackedAlternatingOffers(String name, int min, int max) {
        this.name = name;
        this.min = min;
        this.max = max;
    }

    /** SAOP for two or more parties. */
    public static Protocol saop() {
        return SAOP;
    }

    /** Bilateral alternating offers (Rubinstein 1982): SAOP restricted to two parties. */
    public static Protocol bilateral() {
        return AO;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int minParties() {
        return min;
    }

    @Override
    public int maxParties() {
        return max;
    }

    @Override
    public Transcript run(List<Negotiator> parties, List<PartyContext> contexts, Deadline deadline,
                          LongSupplier clock, boolean trace) {
        int n = parties.size();
        if (n < min || n > max || contexts.size() != n) {
            throw new IllegalArgumentException(name + " takes " + (min == max ? min : min + " or more")
                    + " parties, got " + n);
        }
        Negotiator[] p = parties.toArray(new Negotiator[0]);
        Transcript.Events events = trace ? new Transcript.Events() : null;
        int[] radix = contexts.get(0).domain().radices();
        boolean timed = deadline.timed();
        long start = timed ? clock.getAsLong() : 0;
        for (int i = 0; i < n; i++) {
            try {
                p[i].init(contexts.get(i));
            } catch (Throwable e) {
                rethrowFatal(e);
                return failed(i, contexts, "failed to start: " + e, 0, 0, events);
            }
        }
        int[] standing = null;
        int accepts = 0;
        for (int round = 0; ; round++) {
            for (int i = 0; i < n; i++) {
                long elapsed = timed ? clock.getAsLong() - start : 0;
                if (deadline.reached(round, elapsed)) {
                    return new Transcript(Termination.DEADLINE, null, null, i == 0 ? round : round + 1, 1.0, -1,
                            events);
                }
                double t = deadline.time(round, elapsed);
                Action a;
                try {
                    a = p[i].act(round, t);
                } catch (Throwable e) {
                    rethrowFatal(e);
                    return failed(i, contexts, "threw " + e, round + 1, t, events);
                }
                if (a == null) {
                    return failed(i, contexts, "returned no action", round + 1, t, events);
                }
                Action.Kind kind = a.kind();
                int[] bid = null;
                if (kind == Action.Kind.OFFER) {
                    bid = a.bid();
                    String bad = invalid(bid, radix);
                    if (bad != null) {
                        return failed(i, contexts, "offered a bid outside the domain (" + bad + ")", round + 1, t,
                                events);
                    }
                } else if (kind == Action.Kind.ACCEPT && standing == null) {
                    return failed(i, contexts, "accepted when no offer was standing", round + 1, t, events);
                }
                if (events != null) {
                    events.add(i, kind, round, t, kind == Action.Kind.OFFER ? bid
                            : kind == Action.Kind.ACCEPT ? standing : null);
                }
                for (int j = 0; j < n; j++) {
                    try {
                        p[j].observe(i, a, t);
                    } catch (Throwable e) {
                        rethrowFatal(e);
                        return failed(j, contexts, "threw " + e + " while observing", round + 1, t, events);
                    }
                }
                if (kind == Action.Kind.OFFER) {
                    standing = bid;
                    accepts = 0;
                } else if (kind == Action.Kind.ACCEPT) {
                    if (++accepts == n - 1) {
                        return new Transcript(Termination.AGREEMENT, null, standing, round + 1, t, i, events);
                    }
                } else {
                    return new Transcript(Termination.WALK_AWAY, name(contexts, i) + " ended the negotiation",
                            null, round + 1, t, i, events);
                }
            }
        }
    }

    private static Transcript failed(int party, List<PartyContext> contexts, String what, int rounds, double t,
                                     Transcript.Events events) {
        return new Transcript(Termination.ERROR, name(contexts, party) + " " + what, null, rounds, t, party,
                events);
    }

    private static String name(List<PartyContext> contexts, int party) {
        return contexts.get(party).parties().get(party);
    }

    /** Out-of-memory and other failures of the machine itself are not a party's fault: they propagate. */
    private static void rethrowFatal(Throwable e) {
        if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
            throw (VirtualMachineError) e;
        }
    }

    /** Why a bid is not an outcome of the domain, or null when it is. */
    static String invalid(int[] bid, int[] radix) {
        if (bid.length != radix.length) {
            return bid.length + " values for " + radix.length + " issues";
        }
        for (int k = 0; k < bid.length; k++) {
            if (bid[k] < 0 || bid[k] >= radix[k]) {
                return "value " + bid[k] + " of issue " + (k + 1) + ", which has " + radix[k];
            }
        }
        return null;
    }
}
