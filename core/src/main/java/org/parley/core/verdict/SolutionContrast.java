package org.parley.core.verdict;

import java.util.List;
import java.util.Map;

/**
 * A bargaining solution set against a package: the terms it changes by more than the stated tolerance, each veto
 * party's utility gain from the package to the solution (negative: a loss), and the comparison in words.
 */
public record SolutionContrast(String solution, String packageId, List<TermShift> changes,
                               Map<String, Double> gains, String sentence) {

    public SolutionContrast {
        changes = List.copyOf(changes);
        gains = Records.copy(gains);
    }
}
