package org.parley.core.backtest.stats;

/**
 * A model against a benchmark on the same issues (backtest.md Section 3): both MAEs, {@code diff = MAE(model) -
 * MAE(benchmark)}, its 95% percentile paired-bootstrap intervals resampling issues and, separately, proposals
 * (cluster bootstrap), the win/loss/tie counts per issue and the two-sided sign-test p-value.
 */
public record PairedComparison(String model, String benchmark, int issues, int proposals, double modelMae,
                               double benchmarkMae, double diff, Interval issueBootstrap, Interval proposalBootstrap,
                               int wins, int losses, int ties, double signTestP, int resamples, long seed) {

    /** The rule of backtest.md: a model beats the benchmark only if the cluster-bootstrap upper bound is below 0. */
    public boolean beatsBenchmark() {
        return proposalBootstrap.below0();
    }
}
