package org.parley.core.forecast;

/**
 * One step of a model's trace of how its forecast came about: a BDM issue's rounds, an exchange round, an SMP turn.
 * The trace is a list of them, written under {@code trace} in a forecast's JSON.
 */
public interface TraceStep {
}
