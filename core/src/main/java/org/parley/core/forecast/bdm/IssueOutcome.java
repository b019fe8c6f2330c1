package org.parley.core.forecast.bdm;

/**
 * The result of one issue: positions per round (row 0 = input), weighted median and mean per round, whether the
 * {@code converge} stop rule ended the run, and the trace ({@code null} when not kept).
 */
record IssueOutcome(IssueInput input, double[][] positions, double[] median, double[] mean, boolean stopped,
                    BdmIssueTrace trace) {

    /** The number of rounds run. */
    int rounds() {
        return positions.length - 1;
    }

    /** Actor i's position after round t, or after the last round when the run stopped before t. */
    double position(int t, int i) {
        return positions[Math.min(t, positions.length - 1)][i];
    }
}
