package org.parley.core.backtest.stats;

/** A two-sided interval {@code [lower, upper]}, here a 95% percentile bootstrap interval. */
public record Interval(double lower, double upper) {

    /** Whether the whole interval lies below 0: the model's error is significantly smaller. */
    public boolean below0() {
        return upper < 0;
    }

    /** Whether the whole interval lies above 0: the model's error is significantly larger. */
    public boolean above0() {
        return lower > 0;
    }
}
