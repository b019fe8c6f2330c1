package org.parley.core.forecast;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of a forecasting model: the rounds (actor positions per issue, in issue units), the forecast outcome
 * per issue, which statistic is the headline, the weighted mean and median of the final positions, the parameters
 * the model ran with, and whether the forecast came to rest on each issue ({@link Convergence}, never null: a
 * forecast that did not settle is a range, not a point).
 */
public record Forecast(String model, List<String> issues, List<ForecastRound> rounds, Map<String, Double> forecast,
                       String headline, Map<String, Map<String, Double>> statistics, Map<String, Object> params,
                       Convergence convergence) {

    /**
     * The most positions a forecast's rounds may hold (actors' positions on issues, over all rounds): each costs
     * some 60 bytes as a record and as much again as JSON, so this keeps a forecast within some 100 MB.
     */
    public static final long MAX_POSITIONS = 500_000;

    /**
     * Refuses, before a model runs, a forecast that would keep more than {@link #MAX_POSITIONS} positions:
     * {@code stances} actor-issue positions after each of {@code rounds} rounds and at the start.
     */
    public static void requirePositionsWithin(String model, long stances, int rounds) {
        long positions = stances * (rounds + 1L);
        if (positions > MAX_POSITIONS) {
            long fitting = MAX_POSITIONS / Math.max(1, stances) - 1;
            throw org.parley.core.scenario.InvalidScenarioException.of("actors", model + " keeps every position "
                    + "after every round: " + stances + " stances x " + (rounds + 1) + " rounds (with the start) = "
                    + positions + " positions, more than the limit of " + MAX_POSITIONS + "; " + (fitting >= 1
                    ? "run fewer rounds (--rounds " + fitting + ") or " : "") + "use fewer actors or issues");
        }
    }

    /** The number of stances (actor-issue positions) of a scenario. */
    public static long stances(org.parley.core.scenario.Scenario s) {
        long n = 0;
        for (var a : s.actors()) {
            n += a.stances().size();
        }
        return n;
    }

    /** Refuses a forecast holding NaN or an infinity: no model may hand one on to be printed (that is a bug). */
    public Forecast {
        Objects.requireNonNull(convergence, "convergence");
        requireFinite(model, "forecast", forecast);
        if (statistics != null) {
            statistics.forEach((name, values) -> requireFinite(model, name, values));
        }
    }

    private static void requireFinite(String model, String what, Map<String, Double> values) {
        if (values == null) {
            return;
        }
        values.forEach((issue, x) -> {
            if (x != null && !Double.isFinite(x)) {
                throw new ArithmeticException("model " + model + " computed " + x + " as the " + what.replace('_', ' ')
                        + " of issue " + issue + "; a forecast must be a finite number");
            }
        });
    }
}
