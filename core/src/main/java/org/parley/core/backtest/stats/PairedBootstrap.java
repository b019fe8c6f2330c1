package org.parley.core.backtest.stats;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.parley.core.exec.BatchRunner;
import org.parley.core.exec.TaskRandom;
import org.parley.core.stats.Quantiles;

/**
 * The paired bootstrap of a difference in mean absolute error (Efron and Tibshirani 1993, ch. 13 and 16): with
 * {@code d_i = e_i(model) - e_i(benchmark)}, each resample draws n issues with replacement and takes the mean of
 * their d; the 95% interval is the 2.5% and 97.5% type-7 quantiles of B such means. The cluster bootstrap draws
 * the m proposals instead (with all their issues) and takes {@code sum d / number of issues drawn}, because issues of
 * one proposal are not independent (Field and Welsh 2007).
 *
 * <p>Resample k of the issue bootstrap draws from {@code TaskRandom.of(seed, k)}, resample k of the cluster
 * bootstrap from {@code TaskRandom.of(TaskRandom.mix(seed, 1), k)}: every model compared under one seed sees the same
 * resamples, and the intervals do not depend on the number of threads. O(B (n + m)).
 */
public final class PairedBootstrap {

    /** Resamples per task: each still draws from its own stream, so chunking changes no number. */
    private static final int CHUNK = 250;

    /** Two errors closer than this count as a tie (the errors are on 0..100). */
    public static final double TIE = 1e-9;

    private final int resamples;
    private final long seed;
    private final BatchRunner runner;

    /** A bootstrap of {@code resamples} (at least 2) resamples under {@code seed}, run on {@code runner}. */
    public PairedBootstrap(int resamples, long seed, BatchRunner runner) {
        if (resamples < 2) {
            throw new IllegalArgumentException("resamples " + resamples + "; expected at least 2");
        }
        this.resamples = resamples;
        this.seed = seed;
        this.runner = runner;
    }

    /**
     * The comparison of {@code model} errors with {@code benchmark} errors on the same issues (aligned arrays, no
     * NaN), issue i belonging to proposal {@code cluster[i]} (0 .. clusters-1).
     */
    public PairedComparison compare(String model, String benchmark, double[] modelErrors, double[] benchmarkErrors,
                                    int[] cluster) {
        int n = modelErrors.length;
        if (benchmarkErrors.length != n || cluster.length != n || n == 0) {
            throw new IllegalArgumentException("errors of " + n + " and " + benchmarkErrors.length + " issues, "
                    + cluster.length + " cluster labels; expected the same positive number");
        }
        double[] d = new double[n];
        double sumModel = 0;
        double sumBenchmark = 0;
        int wins = 0;
        int losses = 0;
        int m = 0;
        for (int i = 0; i < n; i++) {
            d[i] = modelErrors[i] - benchmarkErrors[i];
            sumModel += modelErrors[i];
            sumBenchmark += benchmarkErrors[i];
            wins += d[i] < -TIE ? 1 : 0;
            losses += d[i] > TIE ? 1 : 0;
            m = Math.max(m, cluster[i] + 1);
        }
        double[] clusterSum = new double[m];
        int[] clusterSize = new int[m];
        for (int i = 0; i < n; i++) {
            clusterSum[cluster[i]] += d[i];
            clusterSize[cluster[i]]++;
        }
        int clusters = m;
        double[] byIssue = means(seed, r -> issueMean(d, r));
        double[] byProposal = means(TaskRandom.mix(seed, 1), r -> clusterMean(clusterSum, clusterSize, clusters, r));
        int ties = n - wins - losses;
        return new PairedComparison(model, benchmark, n, countNonEmpty(clusterSize), sumModel / n, sumBenchmark / n,
                (sumModel - sumBenchmark) / n, interval(byIssue), interval(byProposal), wins, losses, ties,
                SignTest.pValue(wins, losses), resamples, seed);
    }

    /** The statistic of every resample k, drawn from {@code TaskRandom.of(streamSeed, k)}, in chunks of resamples. */
    private double[] means(long streamSeed, java.util.function.ToDoubleFunction<SplittableRandom> statistic) {
        int chunks = (resamples + CHUNK - 1) / CHUNK;
        List<double[]> parts = runner.run(chunks, c -> {
            int from = c * CHUNK;
            int to = Math.min(resamples, from + CHUNK);
            double[] out = new double[to - from];
            for (int k = from; k < to; k++) {
                out[k - from] = statistic.applyAsDouble(TaskRandom.of(streamSeed, k));
            }
            return out;
        });
        double[] all = new double[resamples];
        for (int c = 0; c < chunks; c++) {
            System.arraycopy(parts.get(c), 0, all, c * CHUNK, parts.get(c).length);
        }
        return all;
    }

    private static double issueMean(double[] d, SplittableRandom r) {
        int n = d.length;
        double sum = 0;
        for (int j = 0; j < n; j++) {
            sum += d[r.nextInt(n)];
        }
        return sum / n;
    }

    private static double clusterMean(double[] sum, int[] size, int m, SplittableRandom r) {
        double total = 0;
        long count = 0;
        for (int j = 0; j < m; j++) {
            int c = r.nextInt(m);
            total += sum[c];
            count += size[c];
        }
        return count == 0 ? 0 : total / count;
    }

    private static int countNonEmpty(int[] size) {
        int k = 0;
        for (int s : size) {
            k += s > 0 ? 1 : 0;
        }
        return k;
    }

    private static Interval interval(double[] means) {
        double[] x = means.clone();
        Arrays.sort(x);
        return new Interval(Quantiles.type7(x, 0.025), Quantiles.type7(x, 0.975));
    }
}
