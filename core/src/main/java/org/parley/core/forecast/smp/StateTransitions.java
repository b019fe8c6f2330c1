package org.parley.core.forecast.smp;

/** KTAB's {@code StateTransitions}: how each actor picks one bargain from its queue (smp.md Section 7). */
public enum StateTransitions implements KtabOption {
    /** The most probable bargain, the first on ties (KTAB's default). */
    DETERMINISTIC("Deterministic", "deterministic"),
    /** A draw by the bargains' probabilities, from a stream of its own per (turn, actor), derived from the seed. */
    STOCHASTIC("Stochastic", "stochastic");

    private final Names names;

    StateTransitions(String ktabName, String word) {
        this.names = new Names(ktabName, word);
    }

    @Override
    public Names names() {
        return names;
    }
}
