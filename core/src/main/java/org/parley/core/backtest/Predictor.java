package org.parley.core.backtest;

import java.util.List;
import org.parley.core.exec.BatchRunner;

/** A way to forecast every issue of a data set: a model of {@code core.forecast} run per issue or per proposal, or a fitted model. */
public interface Predictor {

    /** The name shown in results. */
    String name();

    /** Whether the model forecasts one issue at a time or a proposal's issues together. */
    Unit unit();

    /** Forecasts for {@code issues} (aligned with the list) under the capabilities, on the runner. */
    Predictions predict(List<OutcomeIssue> issues, Capabilities capabilities, BatchRunner runner);

    /** What one model run sees. */
    enum Unit {
        /** One issue: a one-issue scenario. */
        ISSUE,
        /** All issues of one proposal: a multi-issue scenario. */
        PROPOSAL;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
