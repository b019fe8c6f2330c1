package org.parley.core.backtest.split;

import org.parley.core.backtest.Capabilities;
import org.parley.core.exec.BatchRunner;

/** Fits a model's tunable parameters by the lowest MAE on a {@link TrainSet}, the only data it is given. */
public interface Fitter {

    /** The fitted model's name. */
    String name();

    /** The model with the parameters that fit the train issues best under the capabilities. */
    Fitted fit(TrainSet train, Capabilities capabilities, BatchRunner runner);
}
