package org.parley.core.phasing;

import java.util.List;

/**
 * Powell's (2006) commitment-problem check of a power path: the declining actor, its cost of war and annual
 * discount factor, every step with its slack, the step with the smallest slack ({@code binding}, index into
 * {@code steps}), and the steps that make war rational.
 */
public record PowerShiftCheck(String declining, double warCost, double discount, List<PowerStep> steps,
                              int binding, List<Integer> warRisks) {

    public PowerShiftCheck {
        steps = List.copyOf(steps);
        warRisks = List.copyOf(warRisks);
    }

    /** Whether no step makes war rational. */
    public boolean peaceful() {
        return warRisks.isEmpty();
    }
}
