package org.parley.core.negotiation.tournament;

import org.parley.core.negotiation.Deadline;

/**
 * How a tournament runs: the protocol ({@code saop} or {@code ao}), the deadline, the repetitions of every cell,
 * whether a negotiator may meet itself (self-play), and the master seed every cell's seed derives from.
 */
public record TournamentConfig(String protocol, Deadline deadline, int repetitions, boolean selfPlay, long seed) {

    public TournamentConfig {
        if (repetitions < 1) {
            throw new IllegalArgumentException("repetitions " + repetitions + ": expected a whole number >= 1");
        }
        if (deadline == null) {
            throw new IllegalArgumentException("a tournament needs a deadline");
        }
    }

    /** The defaults: SAOP, 100 rounds, one repetition, no self-play, seed 1. */
    public static TournamentConfig defaults() {
        return new TournamentConfig("saop", Deadline.ofRounds(Deadline.DEFAULT_ROUNDS), 1, false, 1L);
    }
}
