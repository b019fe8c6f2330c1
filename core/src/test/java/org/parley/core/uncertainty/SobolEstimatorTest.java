package org.parley.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The estimators on the Ishigami function {@code f = sin x1 + a sin^2 x2 + b x3^4 sin x1}, {@code x_i ~ U(-pi, pi)},
 * a = 7, b = 0.1 (Ishigami and Homma 1990), whose indices are known: V = a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2,
 * S1 = (1 + b pi^4/5)^2 / (2V), S2 = a^2 / (8V), S3 = 0; ST1 = S1 + b^2 pi^8 (1/18 - 1/50) / V, ST2 = S2,
 * ST3 = b^2 pi^8 (1/18 - 1/50) / V.
 */
class SobolEstimatorTest {

    private static final double A = 7;
    private static final double B = 0.1;

    private static double ishigami(double x1, double x2, double x3) {
        return Math.sin(x1) + A * Math.sin(x2) * Math.sin(x2) + B * Math.pow(x3, 4) * Math.sin(x1);
    }

    /** Estimates {S_i, low, high, ST_i, low, high} from one Saltelli sample of size n drawn with {@code seed}. */
    private static double[][] replicate(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] a = new double[3][n];
        double[][] b = new double[3][n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < 3; i++) {
                a[i][j] = -Math.PI + 2 * Math.PI * r.nextDouble();
                b[i][j] = -Math.PI + 2 * Math.PI * r.nextDouble();
            }
        }
        double[] fA = new double[n];
        double[] fB = new double[n];
        double[][] fAB = new double[3][n];
        for (int j = 0; j < n; j++) {
            fA[j] = ishigami(a[0][j], a[1][j], a[2][j]);
            fB[j] = ishigami(b[0][j], b[1][j], b[2][j]);
            for (int i = 0; i < 3; i++) {
                double[] x = {a[0][j], a[1][j], a[2][j]};
                x[i] = b[i][j];
                fAB[i][j] = ishigami(x[0], x[1], x[2]);
            }
        }
        return SobolEstimator.estimate(fA, fB, fAB, 300, seed + 1000);
    }

    @Test
    void ishigami_indices_lie_in_their_95_percent_bootstrap_intervals() {
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = Math.pow(Math.PI, 8);
        double v = A * A / 8 + B * pi4 / 5 + B * B * pi8 / 18 + 0.5;
        double v13 = B * B * pi8 * (1.0 / 18 - 1.0 / 50);
        double[] first = {Math.pow(1 + B * pi4 / 5, 2) / 2 / v, A * A / 8 / v, 0};
        double[] total = {first[0] + v13 / v, first[1], v13 / v};
        assertThat(first[0]).isCloseTo(0.3139, within(1e-4));
        assertThat(first[1]).isCloseTo(0.4424, within(1e-4));
        assertThat(total[2]).isCloseTo(0.2437, within(1e-4));

        // 95 % intervals cover the truth 95 % of the time: over 10 independent samples of 10,000, each of the six
        // indices must be covered at least 8 times (a correct estimator fails this with probability under 1.2 %)
        int replications = 10;
        int[] coveredFirst = new int[3];
        int[] coveredTotal = new int[3];
        for (int rep = 0; rep < replications; rep++) {
            double[][] est = replicate(10_000, rep + 1);
            for (int i = 0; i < 3; i++) {
                assertThat(est[i][0]).as("S%d, sample %d", i + 1, rep).isCloseTo(first[i], within(0.05));
                assertThat(est[i][3]).as("ST%d, sample %d", i + 1, rep).isCloseTo(total[i], within(0.05));
                assertThat(est[i][2] - est[i][1]).as("width of S%d's interval", i + 1).isLessThan(0.08);
                coveredFirst[i] += first[i] >= est[i][1] && first[i] <= est[i][2] ? 1 : 0;
                coveredTotal[i] += total[i] >= est[i][4] && total[i] <= est[i][5] ? 1 : 0;
            }
        }
        for (int i = 0; i < 3; i++) {
            assertThat(coveredFirst[i]).as("samples whose interval covers S%d", i + 1).isGreaterThanOrEqualTo(8);
            assertThat(coveredTotal[i]).as("samples whose interval covers ST%d", i + 1).isGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void spearman_is_one_for_a_monotone_relation_and_handles_ties() {
        double[] x = {1, 2, 3, 4, 5};
        assertThat(SobolEstimator.spearman(x, new double[] {1, 8, 27, 64, 125})).isCloseTo(1, within(1e-15));
        assertThat(SobolEstimator.spearman(x, new double[] {5, 4, 3, 2, 1})).isCloseTo(-1, within(1e-15));
        assertThat(SobolEstimator.ranks(new double[] {3, 1, 3, 2})).containsExactly(3.5, 1, 3.5, 2);
    }
}
