package org.parley.core.verdict;

import java.util.List;

/**
 * The answer of an analysis in plain words, with the typed results behind every sentence: a verdict per package,
 * the forecasts' agreement per issue, and the bargaining solutions set against the packages. {@code fragile} is the
 * margin (utility points) under which a verdict is called close and its hinges are given; {@code agreement} the
 * spread (share of an issue's scale) up to which the models are said to agree. {@code summary} is the whole
 * verdict as a few paragraphs, in order.
 */
public record Verdict(double fragile, double agreement, List<PackageAssessment> packages,
                      List<IssueSpread> forecasts, List<SolutionContrast> solutions, List<String> summary) {

    /** Margins below this many utility points make a verdict close. */
    public static final double FRAGILE = 5.0;

    /** Models whose forecasts lie within this share of an issue's scale agree. */
    public static final double AGREEMENT = 0.10;

    public Verdict {
        packages = List.copyOf(packages);
        forecasts = List.copyOf(forecasts);
        solutions = List.copyOf(solutions);
        summary = List.copyOf(summary);
    }
}
