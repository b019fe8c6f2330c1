package org.parley.core.backtest.split;

import java.util.List;
import org.parley.core.backtest.OutcomeIssue;

/** The issues of a split's test proposals; only {@link ProposalSplit#testSet} makes one. */
public final class TestSet {

    private final List<OutcomeIssue> issues;

    TestSet(List<OutcomeIssue> issues) {
        this.issues = List.copyOf(issues);
    }

    /** The test issues, in data order. */
    public List<OutcomeIssue> issues() {
        return issues;
    }
}
