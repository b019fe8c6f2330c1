package org.parley.core.negotiation;

/**
 * When a negotiation ends without agreement: after {@code rounds} rounds, after {@code millis} milliseconds of wall
 * time, or whichever comes first when both are set (0 means "not set"). Normalised time is
 * {@code t = max(r / rounds, elapsed / millis)} with {@code r} the number of completed rounds (GENIUS's discrete
 * timeline, which is 1-based, gives {@code (r + 1) / rounds}; its time-dependent parties subtract {@code 1 / rounds}).
 * Round deadlines are reproducible; time deadlines make results depend on the machine's speed.
 */
public record Deadline(int rounds, long millis) {

    /** The round deadline when none is given. */
    public static final int DEFAULT_ROUNDS = 100;

    public Deadline {
        if (rounds < 0) {
            throw new IllegalArgumentException("deadline of " + rounds + " rounds: expected a whole number >= 1");
        }
        if (millis < 0) {
            throw new IllegalArgumentException("deadline of " + millis + " ms: expected a whole number >= 1");
        }
        if (rounds == 0 && millis == 0) {
            throw new IllegalArgumentException("a deadline needs a number of rounds or a time (or both)");
        }
    }

    /** A deadline of {@code n} rounds (deterministic). */
    public static Deadline ofRounds(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("deadline of " + n + " rounds: expected a whole number >= 1");
        }
        return new Deadline(n, 0);
    }

    /** A wall-clock deadline of {@code ms} milliseconds (results depend on machine speed). */
    public static Deadline ofMillis(long ms) {
        if (ms <= 0) {
            throw new IllegalArgumentException("deadline of " + ms + " ms: expected a whole number >= 1");
        }
        return new Deadline(0, ms);
    }

    /** Whether wall time ends the negotiation (so its results depend on the machine). */
    public boolean timed() {
        return millis > 0;
    }

    /** Normalised time after {@code completedRounds} rounds and {@code elapsedNanos} of wall time, in [0, 1]. */
    public double time(int completedRounds, long elapsedNanos) {
        double t = rounds > 0 ? (double) completedRounds / rounds : 0;
        if (millis > 0) {
            t = Math.max(t, elapsedNanos / (millis * 1e6));
        }
        return Math.min(1.0, t);
    }

    /** Whether the deadline is reached after {@code completedRounds} rounds and {@code elapsedNanos}. */
    public boolean reached(int completedRounds, long elapsedNanos) {
        return rounds > 0 && completedRounds >= rounds || millis > 0 && elapsedNanos >= millis * 1_000_000L;
    }

    /** Whether round {@code round} (0-based) is the last one the round deadline allows. */
    public boolean lastRound(int round) {
        return rounds > 0 && round == rounds - 1;
    }

    /** The deadline in words: "100 rounds", "2000 ms", "100 rounds or 2000 ms". */
    public String describe() {
        String r = rounds > 0 ? rounds + " rounds" : "";
        String m = millis > 0 ? millis + " ms" : "";
        return r.isEmpty() ? m : m.isEmpty() ? r : r + " or " + m;
    }
}
