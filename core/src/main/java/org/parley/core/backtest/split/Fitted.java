package org.parley.core.backtest.split;

import org.parley.core.backtest.Predictor;

/** A model fitted on a train set: the predictor with the parameters fitting chose, and what it chose. */
public record Fitted(Predictor predictor, FitReport report) {
}
