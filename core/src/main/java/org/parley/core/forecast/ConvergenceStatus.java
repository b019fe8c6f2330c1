package org.parley.core.forecast;

/** Whether a forecast came to rest: the classes of docs/models/*.md, "Convergence" sections. */
public enum ConvergenceStatus {
    /** The model's stop rule was met, or the forecast stayed within the tolerance over the last rounds. */
    SETTLED,
    /** The forecast repeats with a period of k rounds (k at least 2); it ranges over the last cycle. */
    CYCLING,
    /** Still moving at the round limit, neither settled nor cycling; it ranges over the last rounds. */
    DRIFTING,
    /** A model without rounds (compromise, median): the forecast is a point by construction. */
    ONE_SHOT,
    /**
     * The model ran the fixed number of rounds that defines its forecast (the exchange model's single round, as its
     * specification defines the forecast): a point by construction, though further rounds would move it.
     */
    HORIZON
}
