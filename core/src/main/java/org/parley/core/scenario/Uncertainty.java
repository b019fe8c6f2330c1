package org.parley.core.scenario;

import java.util.List;

/**
 * The judgements' uncertainty: a distribution per input ({@code inputs}), target rank correlations between them,
 * and optionally a scenario-wide {@code spread} (0.1 = every judgement +-10 %) for the inputs not listed: each
 * position varies uniformly by that fraction of its issue's scale; each salience, capability, reservation, no-deal
 * conflict value, catastrophe hazard and loss by that fraction of its value; each within its valid range. Inputs
 * marked {@code basis: sourced}, horizons, discounts, the status quo and package terms stay fixed unless listed.
 */
public record Uncertainty(Double spread, List<Varied> inputs, List<RankCorrelation> correlations) {

    public Uncertainty {
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        correlations = correlations == null ? List.of() : List.copyOf(correlations);
    }

    /** No uncertainty at all. */
    public static Uncertainty none() {
        return new Uncertainty(null, List.of(), List.of());
    }

    /** Only the scenario-wide spread. */
    public static Uncertainty spread(double fraction) {
        return new Uncertainty(fraction, List.of(), List.of());
    }

    /** Whether anything varies: a positive spread or at least one input with a distribution. */
    public boolean varies() {
        return (spread != null && spread > 0) || !inputs.isEmpty();
    }
}
