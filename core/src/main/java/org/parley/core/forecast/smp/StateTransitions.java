package org.parley.core.forecast.smp;

/** KTAB's {@code StateTransitions}: how each actor picks one bargain from its queue (smp.md Section 7). */
public enum StateTransitions implements KtabOption {
    /** The most probable bargain, the first on ties (KTAB's default). */
    DETERMINISTIC("Deterministic", "deterministic"),
    /** A draw by the bargains' probabilities, from a stream of its own per (turn, actor), derived from the seed. */
    STOCHASTIC("Stochastic", "stochastic");

    private final String ktabName;
    private final String word;

    StateTransitions(String ktabName, String word) {
        this.ktabName = ktabName;
        this.word = word;
    }

    @Override
    public String ktabName() {
        return ktabName;
    }

    @Override
    public int code() {
        return ordinal();
    }

    @Override
    public String word() {
        return word;
    }
}
