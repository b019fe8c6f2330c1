package org.parley.core.forecast;

import org.parley.core.text.Decimals;

/** A forecast's convergence in plain words, built from the typed {@link IssueConvergence} it states. */
public final class ConvergenceWords {

    private ConvergenceWords() {
    }

    /**
     * "bdm did not settle on SANCT: it repeats every 2 rounds between 20.0 and 30.0, so its forecast is that range",
     * "... is still moving after 100 rounds, between 20.0 and 30.0 over the last rounds, ...", or empty when the
     * forecast on the issue is a point.
     */
    public static String range(Forecast f, String issue) {
        IssueConvergence c = f.convergence().issues().get(issue);
        if (c == null || c.point()) {
            return "";
        }
        String between = "between " + Decimals.fixed(c.low(), 1) + " and " + Decimals.fixed(c.high(), 1);
        String how = c.status() == ConvergenceStatus.CYCLING
                ? "it repeats every " + c.period() + " rounds " + between
                : "it is still moving after " + c.rounds() + " rounds, " + between + " over the last rounds";
        return f.model() + " did not settle on " + issue + ": " + how + ", so its forecast is that range.";
    }
}
