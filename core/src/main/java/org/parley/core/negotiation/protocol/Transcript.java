package org.parley.core.negotiation.protocol;

import java.util.Arrays;
import org.parley.core.negotiation.party.Action;

/**
 * What a protocol run produced, on primitive arrays: how it ended (and why, for walk-aways and failures), the
 * agreed bid, the rounds begun, the normalised time at the end, the party that ended it, and, when asked for, every
 * action in order (party, kind, round, time, bid).
 */
public final class Transcript {

    private final Termination termination;
    private final String reason;
    private final int[] agreement;
    private final int rounds;
    private final double time;
    private final int endedBy;
    private final Events events;

    Transcript(Termination termination, String reason, int[] agreement, int rounds, double time, int endedBy,
               Events events) {
        this.termination = termination;
        this.reason = reason;
        this.agreement = agreement == null ? null : agreement.clone();
        this.rounds = rounds;
        this.time = time;
        this.endedBy = endedBy;
        this.events = events;
    }

    /** How the negotiation ended. */
    public Termination termination() {
        return termination;
    }

    /** Why a walk-away or failure happened; null otherwise. */
    public String reason() {
        return reason;
    }

    /** The agreed bid, or null. */
    public int[] agreement() {
        return agreement == null ? null : agreement.clone();
    }

    /** Rounds begun (the deadline's number when it passed). */
    public int rounds() {
        return rounds;
    }

    /** Normalised time at the end, in [0, 1]. */
    public double time() {
        return time;
    }

    /** The index of the party that accepted last, walked away or failed; -1 at the deadline. */
    public int endedBy() {
        return endedBy;
    }

    /** The number of actions recorded (0 when no trace was asked for). */
    public int events() {
        return events == null ? 0 : events.size;
    }

    /** The party of action {@code e}. */
    public int party(int e) {
        return events.party[e];
    }

    /** The kind of action {@code e}. */
    public Action.Kind kind(int e) {
        return Action.Kind.values()[events.kind[e]];
    }

    /** The round of action {@code e}. */
    public int round(int e) {
        return events.round[e];
    }

    /** The normalised time of action {@code e}. */
    public double time(int e) {
        return events.time[e];
    }

    /** The bid of action {@code e}: the offer, or the standing offer accepted; null for END. */
    public int[] bid(int e) {
        int[] b = events.bid[e];
        return b == null ? null : b.clone();
    }

    /** A growing log of actions. */
    static final class Events {
        int[] party = new int[64];
        byte[] kind = new byte[64];
        int[] round = new int[64];
        double[] time = new double[64];
        int[][] bid = new int[64][];
        int size;

        void add(int p, Action.Kind k, int r, double t, int[] b) {
            if (size == party.length) {
                int n = size * 2;
                party = Arrays.copyOf(party, n);
                kind = Arrays.copyOf(kind, n);
                round = Arrays.copyOf(round, n);
                time = Arrays.copyOf(time, n);
                bid = Arrays.copyOf(bid, n);
            }
            party[size] = p;
            kind[size] = (byte) k.ordinal();
            round[size] = r;
            time[size] = t;
            bid[size++] = b;
        }
    }
}
