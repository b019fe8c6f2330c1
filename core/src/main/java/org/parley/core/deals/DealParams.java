package org.parley.core.deals;

import java.util.Map;

/**
 * The settings a deal-space analysis ran with: values per continuous issue, the tie tolerance, the disagreement
 * point (reservation values or zero), the frontier algorithm, the enumeration limit, whether the listed frontier is
 * the rational one, and the repair distance's issue weights (scenarios only; null elsewhere).
 */
public record DealParams(int grid, double eps, String disagreement, String algorithm, long maxOutcomes,
                         boolean rationalOnly, Map<String, Double> repairWeights) {

    public DealParams {
        repairWeights = repairWeights == null ? null : Maps.copy(repairWeights);
    }

    /** The settings of options {@code o} at {@code grid} values per issue, with the repair weights (may be null). */
    public static DealParams of(int grid, DealOptions o, boolean rationalOnly, Map<String, Double> repairWeights) {
        FrontierOptions f = o.frontier();
        return new DealParams(grid, f.eps(), o.zeroDisagreement() ? "zero" : "reservation",
                f.algorithm().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), f.maxOutcomes(),
                rationalOnly, repairWeights);
    }
}
