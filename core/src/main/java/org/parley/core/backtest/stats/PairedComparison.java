package org.parley.core.backtest.stats;

/**
 * A model against a benchmark on the same issues (docs/backtest.md): both MAEs, {@code diff = MAE(model) -
 * MAE(benchmark)}, its 95% percentile paired-bootstrap intervals resampling issues and, separately, proposals
 * (cluster bootstrap), the win/loss/tie counts per issue and the two-sided sign-test p-value.
 */
public record PairedComparison(String model, String benchmark, int issues, int proposals, double modelMae,
                               double benchmarkMae, double diff, Interval issueBootstrap, Interval proposalBootstrap,
                               int wins, int losses, int ties, double signTestP, int resamples, long seed) {

    /** The fewest proposals for which the cluster bootstrap decides anything (a percentile interval over fewer
     * clusters is too coarse to trust). */
    public static final int MIN_PROPOSALS = 20;

    /** Whether enough proposals were compared for the cluster-bootstrap interval to decide. */
    public boolean decidable() {
        return proposals >= MIN_PROPOSALS;
    }

    /**
     * The rule of backtest.md: a model beats the benchmark only if the cluster-bootstrap upper bound is below 0 (on
     * at least {@value #MIN_PROPOSALS} proposals; on held-out proposals for a fitted model).
     */
    public boolean beatsBenchmark() {
        return decidable() && proposalBootstrap.below0();
    }

    /** Whether the model is significantly worse: the cluster-bootstrap lower bound is above 0. */
    public boolean worseThanBenchmark() {
        return decidable() && proposalBootstrap.above0();
    }
}
