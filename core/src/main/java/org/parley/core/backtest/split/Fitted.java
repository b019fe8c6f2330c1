package org.parley.core.backtest.split;

import org.parley.core.backtest.Predictor;

/** A model fitted on a train set: it forecasts any issue with the parameters fitting chose. */
public interface Fitted extends Predictor {

    /** What fitting chose. */
    FitReport report();
}
