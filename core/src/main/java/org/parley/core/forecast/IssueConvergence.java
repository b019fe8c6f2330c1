package org.parley.core.forecast;

import java.util.Objects;

/**
 * Whether a model's forecast on one issue came to rest, and the range it covers: {@code low == high} when settled
 * (or one-shot); otherwise the lowest and highest headline value over the last cycle
 * ({@link ConvergenceStatus#CYCLING}) or the last rounds examined ({@link ConvergenceStatus#DRIFTING}).
 *
 * @param status       settled, cycling, drifting or one-shot
 * @param rounds       the rounds the model ran on this issue (0 for a one-shot model)
 * @param settledRound the first round from which the forecast stayed at its final value (settled only, else null)
 * @param period       the length of the cycle in rounds (cycling only, else null)
 * @param low          the lowest headline value over the range (issue units)
 * @param high         the highest headline value over the range (issue units)
 */
public record IssueConvergence(ConvergenceStatus status, int rounds, Integer settledRound, Integer period,
                               double low, double high) {

    public IssueConvergence {
        Objects.requireNonNull(status, "status");
        if (rounds < 0) {
            throw new IllegalArgumentException("rounds " + rounds + "; expected 0 or more");
        }
        if (low > high) {
            throw new IllegalArgumentException("low " + low + " > high " + high);
        }
        boolean point = status == ConvergenceStatus.SETTLED || status == ConvergenceStatus.ONE_SHOT
                || status == ConvergenceStatus.HORIZON;
        if (point && Double.compare(low, high) != 0) {
            throw new IllegalArgumentException(status + " with a range " + low + " to " + high
                    + "; expected low == high");
        }
        if ((status == ConvergenceStatus.SETTLED) != (settledRound != null)
                || settledRound != null && (settledRound < 0 || settledRound > rounds)) {
            throw new IllegalArgumentException(status + " with settled round " + settledRound + " of " + rounds
                    + "; expected a round from 0 to " + rounds + " exactly when settled");
        }
        if ((status == ConvergenceStatus.CYCLING) != (period != null) || period != null && period < 2) {
            throw new IllegalArgumentException(status + " with period " + period
                    + "; expected a period of 2 or more exactly when cycling");
        }
        if (status == ConvergenceStatus.HORIZON && rounds < 1) {
            throw new IllegalArgumentException("a horizon of " + rounds + " rounds; expected 1 or more");
        }
        if (status == ConvergenceStatus.ONE_SHOT && rounds != 0) {
            throw new IllegalArgumentException("one-shot after " + rounds + " rounds; expected 0");
        }
    }

    /** A model without rounds: the point {@code x}. */
    public static IssueConvergence oneShot(double x) {
        return new IssueConvergence(ConvergenceStatus.ONE_SHOT, 0, null, null, x, x);
    }

    /** The point {@code x} after the {@code rounds} rounds that define the model's forecast. */
    public static IssueConvergence horizon(int rounds, double x) {
        return new IssueConvergence(ConvergenceStatus.HORIZON, rounds, null, null, x, x);
    }

    /** Settled at {@code x} from round {@code since} on, after {@code rounds} rounds. */
    public static IssueConvergence settled(int rounds, int since, double x) {
        return new IssueConvergence(ConvergenceStatus.SETTLED, rounds, since, null, x, x);
    }

    /** Repeating with the given period, ranging over {@code [low, high]} in the last cycle. */
    public static IssueConvergence cycling(int rounds, int period, double low, double high) {
        return new IssueConvergence(ConvergenceStatus.CYCLING, rounds, null, period, low, high);
    }

    /** Still moving after {@code rounds} rounds, over {@code [low, high]} in the last rounds examined. */
    public static IssueConvergence drifting(int rounds, double low, double high) {
        return new IssueConvergence(ConvergenceStatus.DRIFTING, rounds, null, null, low, high);
    }

    /** Whether the forecast is a point: settled, one-shot, or at the model's defining horizon. */
    public boolean point() {
        return status == ConvergenceStatus.SETTLED || status == ConvergenceStatus.ONE_SHOT
                || status == ConvergenceStatus.HORIZON;
    }
}
