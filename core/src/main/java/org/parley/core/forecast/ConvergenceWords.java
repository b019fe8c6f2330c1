package org.parley.core.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.ScenarioValidator;
import org.parley.core.text.Decimals;
import org.parley.core.text.Words;

/**
 * A forecast's {@link Convergence} in plain words, for every view (forecast, analyze, report): a forecast that did
 * not settle is given as its range, never as a point. Numbers to 2 decimals.
 */
public final class ConvergenceWords {

    private ConvergenceWords() {
    }

    /**
     * The forecast {@code x} on one issue with {@code decimals} fixed decimals, or, when it did not settle
     * ({@code c} not a point), its range {@code low to high}: the one rule of the tables of forecast, analyze and
     * the report.
     */
    public static String value(double x, IssueConvergence c, int decimals) {
        return c == null || c.point() ? Decimals.fixed(x, decimals)
                : Decimals.fixed(c.low(), decimals) + " to " + Decimals.fixed(c.high(), decimals);
    }

    /** The range {@code low to high}, or the one value of a point. */
    public static String range(IssueConvergence c) {
        return c.point() ? num(c.low()) : num(c.low()) + " to " + num(c.high());
    }

    /** How the forecast on one issue ended, e.g. "settled from round 1 of 10", "cycling every 2 rounds". */
    public static String status(IssueConvergence c) {
        return switch (c.status()) {
            case SETTLED -> "settled from round " + c.settledRound() + " of " + c.rounds();
            case CYCLING -> "cycling every " + c.period() + " rounds after " + c.rounds() + " rounds";
            case DRIFTING -> "still moving after " + c.rounds() + " round" + (c.rounds() == 1 ? "" : "s");
            case ONE_SHOT -> "one-shot";
            case HORIZON -> "after the " + c.rounds() + " round" + (c.rounds() == 1 ? "" : "s") + " that define the forecast";
        };
    }

    /**
     * The forecast in the words of the issue's anchors ({@link Issue#describe}): of the value when it is a point,
     * else "from ... to ..." over its range.
     */
    public static String inWords(Issue issue, IssueConvergence c) {
        if (c.point()) {
            return issue.describe(c.low());
        }
        String low = issue.describe(c.low());
        String high = issue.describe(c.high());
        if (low.isEmpty() && high.isEmpty()) {
            return "";
        }
        return low.equals(high) ? low : "from " + low + " to " + high;
    }

    /**
     * One line for a forecast with an issue that did not settle, naming each such issue with its class and range;
     * empty when every issue settled.
     */
    public static Optional<String> warning(Forecast f) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, IssueConvergence> e : f.convergence().issues().entrySet()) {
            IssueConvergence c = e.getValue();
            if (!c.point()) {
                parts.add(part(e.getKey(), c));
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        String issues = Words.and(parts);
        return Optional.of(f.model() + " did not settle on " + issues + "; " + (parts.size() == 1
                ? "this forecast is a range, not a point." : "these forecasts are ranges, not points."));
    }

    /**
     * The same warning for one issue ("bdm did not settle on SANCT (cycling every 2 rounds after 10 rounds, 20 to 30
     * over the cycle); this forecast is a range, not a point."), or empty when the forecast on it is a point.
     */
    public static String sentence(Forecast f, String issue) {
        IssueConvergence c = f.convergence().issues().get(issue);
        if (c == null || c.point()) {
            return "";
        }
        return f.model() + " did not settle on " + part(issue, c) + "; this forecast is a range, not a point.";
    }

    private static String part(String issue, IssueConvergence c) {
        return issue + " (" + status(c) + ", " + range(c) + over(c) + ")";
    }

    private static String over(IssueConvergence c) {
        if (c.status() == ConvergenceStatus.CYCLING) {
            return " over the cycle";
        }
        return c.rounds() == 1 ? " over rounds 0-1" : " over the last rounds";
    }

    private static String num(double x) {
        return ScenarioValidator.num(x, 2);
    }
}
