package org.parley.report;

import org.parley.core.backtest.BacktestResult;

/**
 * What a backtest's report shows: the result of {@code parley backtest}, where it came from, and the generation time
 * to print (null: none, so the same input gives the same bytes).
 */
public record BacktestInput(BacktestResult result, RunInfo run, String generatedAt) {
}
