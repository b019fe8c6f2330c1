package org.parley.core.backtest;

import java.util.List;
import org.parley.core.backtest.split.ProposalSplit;

/**
 * How to run a backtest: the models (names of {@code ForecastModels}, and the fitted models when a split is given),
 * the capability vector, the bootstrap seed and number of resamples, and the split (absent: score every issue, fit
 * nothing).
 */
public record BacktestOptions(List<String> models, Capabilities capabilities, long seed, int resamples,
                              ProposalSplit split) {

    /** The bootstrap resamples when none are asked for (backtest.md: B = 10,000). */
    public static final int DEFAULT_RESAMPLES = 10_000;
    /** The largest number of resamples accepted: each costs O(issues) per model. */
    public static final int MAX_RESAMPLES = 1_000_000;

    public BacktestOptions {
        models = List.copyOf(models);
        if (models.isEmpty()) {
            throw new IllegalArgumentException("no models; expected at least one");
        }
        if (resamples < 2 || resamples > MAX_RESAMPLES) {
            throw new IllegalArgumentException("resamples " + resamples + "; expected 2 to " + MAX_RESAMPLES);
        }
    }

    /** The given models, equal capabilities, seed 1, 10,000 resamples, no split. */
    public static BacktestOptions defaults(List<String> models) {
        return new BacktestOptions(models, Capabilities.equal(), 1, DEFAULT_RESAMPLES, null);
    }

    /** A copy with other capabilities. */
    public BacktestOptions with(Capabilities c) {
        return new BacktestOptions(models, c, seed, resamples, split);
    }

    /** A copy with another seed. */
    public BacktestOptions withSeed(long s) {
        return new BacktestOptions(models, capabilities, s, resamples, split);
    }

    /** A copy with another number of resamples. */
    public BacktestOptions withResamples(int b) {
        return new BacktestOptions(models, capabilities, seed, b, split);
    }

    /** A copy with a split. */
    public BacktestOptions with(ProposalSplit s) {
        return new BacktestOptions(models, capabilities, seed, resamples, s);
    }
}
