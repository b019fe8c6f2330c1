package org.parley.core.forecast.bdm;

import java.util.List;
import org.parley.core.forecast.TraceStep;

/**
 * The trace of one issue: the initial range, weighted median and mean, whether the run stopped early on the
 * convergence test, and every round.
 */
public record BdmIssueTrace(String issue, double range, double initialMedian, double initialMean, boolean converged,
                            List<BdmRoundTrace> rounds) implements TraceStep {

    public BdmIssueTrace {
        rounds = List.copyOf(rounds);
    }
}
