package org.parley.core.phasing;

import java.util.List;

/**
 * The smallest hostage that makes a schedule exist (the phasing spec, Section 4.2): a revocable benefit worth
 * {@code flow} utility points a year to {@code actor}, lost from the stage after a defection, needed at least until
 * {@code untilStage} ({@code untilYear}), and the scenario's reversible terms that could carry it.
 */
public record Hostage(String actor, double flow, int untilStage, double untilYear, List<HostageTerm> terms) {

    public Hostage {
        terms = List.copyOf(terms);
    }
}
