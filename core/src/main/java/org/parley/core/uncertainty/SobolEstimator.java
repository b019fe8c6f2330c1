package org.parley.core.uncertainty;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.parley.core.stats.Quantiles;

/**
 * Variance-based sensitivity indices from Saltelli's design: model outputs on two independent samples A and B and on
 * each {@code A_B^i} (A with column i taken from B). First order, Saltelli et al. (2010, "Variance based sensitivity
 * analysis of model output", Comput. Phys. Commun. 181:259-270, doi:10.1016/j.cpc.2009.09.018, table 2 (b)):
 * {@code S_i = mean_j (f(B)_j - f0) (f(A_B^i)_j - f(A)_j) / V}, with f(B) centred on the mean f0 of f over A and B
 * (the same expectation, since f(A_B^i) and f(A) have the same mean, but without the variance an output far from
 * zero adds); total, Jansen (1999, ibid. table 2 (f)):
 * {@code S_Ti = mean_j (f(A)_j - f(A_B^i)_j)^2 / (2 V)}; V the variance of f over A and B together. 95 % intervals
 * are bootstrap percentiles over resampled rows (Archer, Saltelli and Sobol 1997). O(N x inputs x resamples).
 */
public final class SobolEstimator {

    private SobolEstimator() {
    }

    /** Estimates for one output; {@code fAB[i]} holds f on {@code A_B^i}. NaN when f does not vary. */
    public static double[][] estimate(double[] fA, double[] fB, double[][] fAB, int resamples, long seed) {
        int n = fA.length;
        int k = fAB.length;
        double[][] out = new double[k][6];
        int[] all = new int[n];
        for (int j = 0; j < n; j++) {
            all[j] = j;
        }
        double[][] point = indices(fA, fB, fAB, all);
        double[][][] boot = new double[resamples][][];
        SplittableRandom random = new SplittableRandom(seed);
        int[] rows = new int[n];
        for (int b = 0; b < resamples; b++) {
            for (int j = 0; j < n; j++) {
                rows[j] = random.nextInt(n);
            }
            boot[b] = indices(fA, fB, fAB, rows);
        }
        for (int i = 0; i < k; i++) {
            double[] first = new double[resamples];
            double[] total = new double[resamples];
            for (int b = 0; b < resamples; b++) {
                first[b] = boot[b][i][0];
                total[b] = boot[b][i][1];
            }
            Arrays.sort(first);
            Arrays.sort(total);
            out[i][0] = point[i][0];
            out[i][1] = Quantiles.type7(first, 0.025);
            out[i][2] = Quantiles.type7(first, 0.975);
            out[i][3] = point[i][1];
            out[i][4] = Quantiles.type7(total, 0.025);
            out[i][5] = Quantiles.type7(total, 0.975);
        }
        return out;
    }

    /** {S_i, S_Ti} for each input over the given rows. */
    private static double[][] indices(double[] fA, double[] fB, double[][] fAB, int[] rows) {
        int n = rows.length;
        double mean = 0;
        for (int j : rows) {
            mean += fA[j] + fB[j];
        }
        mean /= 2 * n;
        double var = 0;
        for (int j : rows) {
            var += (fA[j] - mean) * (fA[j] - mean) + (fB[j] - mean) * (fB[j] - mean);
        }
        var /= 2 * n - 1;
        double[][] out = new double[fAB.length][2];
        for (int i = 0; i < fAB.length; i++) {
            double first = 0;
            double total = 0;
            double[] f = fAB[i];
            for (int j : rows) {
                first += (fB[j] - mean) * (f[j] - fA[j]);
                double g = fA[j] - f[j];
                total += g * g;
            }
            out[i][0] = var > 0 ? first / n / var : Double.NaN;
            out[i][1] = var > 0 ? total / (2.0 * n) / var : Double.NaN;
        }
        return out;
    }

    /** Spearman's rank correlation of two samples (average ranks for ties); NaN when either is constant. */
    public static double spearman(double[] a, double[] b) {
        return pearson(ranks(a), ranks(b));
    }

    static double[] ranks(double[] v) {
        int n = v.length;
        Integer[] order = new Integer[n];
        for (int j = 0; j < n; j++) {
            order[j] = j;
        }
        Arrays.sort(order, (x, y) -> Double.compare(v[x], v[y]));
        double[] r = new double[n];
        int j = 0;
        while (j < n) {
            int k = j;
            while (k + 1 < n && v[order[k + 1]] == v[order[j]]) {
                k++;
            }
            double rank = (j + k) / 2.0 + 1;
            for (int m = j; m <= k; m++) {
                r[order[m]] = rank;
            }
            j = k + 1;
        }
        return r;
    }

    static double pearson(double[] a, double[] b) {
        int n = a.length;
        double ma = 0;
        double mb = 0;
        for (int j = 0; j < n; j++) {
            ma += a[j];
            mb += b[j];
        }
        ma /= n;
        mb /= n;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int j = 0; j < n; j++) {
            sab += (a[j] - ma) * (b[j] - mb);
            saa += (a[j] - ma) * (a[j] - ma);
            sbb += (b[j] - mb) * (b[j] - mb);
        }
        return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : Double.NaN;
    }
}
