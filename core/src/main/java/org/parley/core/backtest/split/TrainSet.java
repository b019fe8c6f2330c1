package org.parley.core.backtest.split;

import java.util.List;
import org.parley.core.backtest.OutcomeIssue;

/**
 * The issues of a split's train proposals. Only {@link ProposalSplit#trainSet} makes one, and a {@link Fitter}
 * receives nothing else: fitting cannot read a test issue.
 */
public final class TrainSet {

    private final List<OutcomeIssue> issues;

    TrainSet(List<OutcomeIssue> issues) {
        this.issues = List.copyOf(issues);
    }

    /** The train issues, in data order. */
    public List<OutcomeIssue> issues() {
        return issues;
    }
}
