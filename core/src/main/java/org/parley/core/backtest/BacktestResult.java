package org.parley.core.backtest;

import java.util.List;
import org.parley.core.backtest.split.FitReport;
import org.parley.core.backtest.split.ProposalSplit;

/**
 * The result of a backtest (docs/backtest.md): the data set and capability vector used, its size, the seed and
 * number of bootstrap resamples, the split and what was fitted on its train half (absent without a split), one
 * scoreboard per part, and every issue's forecasts and errors.
 */
public record BacktestResult(String dataset, String capabilities, int issues, int proposals, int excludedIssues,
                             int withReferencePoint, long seed, int resamples, ProposalSplit split,
                             List<FitReport> fits, List<Scoreboard> scoreboards, List<IssueRow> rows) {

    public BacktestResult {
        fits = List.copyOf(fits);
        scoreboards = List.copyOf(scoreboards);
        rows = List.copyOf(rows);
    }

    /** The scoreboard of the named part ({@code all}, {@code train} or {@code test}). */
    public java.util.Optional<Scoreboard> scoreboard(String part) {
        return scoreboards.stream().filter(s -> s.part().equals(part)).findFirst();
    }
}
