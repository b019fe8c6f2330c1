package org.parley.core.uncertainty;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.parley.core.scenario.InvalidScenarioException;

/**
 * Imposes target rank correlations on independent draws by reordering each column (Iman and Conover 1982, "A
 * distribution-free approach to inducing rank correlation among input variables", Commun. Stat. B 11(3):311-334,
 * doi:10.1080/03610918208812265): van der Waerden scores {@code Phi^-1(i / (n + 1))} in a seeded random order per
 * column, with sample correlation {@code T = Q Q'}, are mixed into {@code R* = R (P Q^-1)'} whose correlation is the
 * target {@code C = P P'}; each column of draws then takes the rank order of its column of {@code R*}. The marginal
 * draws are kept exactly. The Spearman target r is first turned into the Pearson correlation of normal scores,
 * {@code 2 sin(pi r / 6)}. O(n k^2 + k n log n) for n draws of k correlated columns.
 */
public final class ImanConover {

    private ImanConover() {
    }

    /**
     * Reorders {@code columns[j]} for the columns {@code j} that take part in a correlation of {@code target}
     * (k x k, unit diagonal), with the score orders drawn from {@code seed}.
     */
    public static void impose(double[][] columns, double[][] target, long seed) {
        int k = target.length;
        int[] used = Arrays.stream(rangeOf(k)).filter(a -> {
            for (int b = 0; b < k; b++) {
                if (b != a && target[a][b] != 0) {
                    return true;
                }
            }
            return false;
        }).toArray();
        int m = used.length;
        if (m < 2) {
            return;
        }
        int n = columns[used[0]].length;
        double[][] c = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                double r = target[used[a]][used[b]];
                c[a][b] = a == b ? 1 : 2 * Math.sin(Math.PI * r / 6);
            }
        }
        RealMatrix p = cholesky(c, true);
        double[] scores = new double[n];
        NormalDistribution normal = new NormalDistribution(0, 1);
        for (int i = 0; i < n; i++) {
            scores[i] = normal.inverseCumulativeProbability((i + 1.0) / (n + 1));
        }
        double[][] r = new double[n][m];
        SplittableRandom random = new SplittableRandom(seed);
        for (int a = 0; a < m; a++) {
            double[] col = scores.clone();
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                double t = col[i];
                col[i] = col[j];
                col[j] = t;
            }
            for (int i = 0; i < n; i++) {
                r[i][a] = col[i];
            }
        }
        RealMatrix q = cholesky(correlationOf(r, m), false);
        RealMatrix mix = p.multiply(MatrixUtils.inverse(q)).transpose();
        RealMatrix mixed = MatrixUtils.createRealMatrix(r).multiply(mix);
        for (int a = 0; a < m; a++) {
            double[] target1 = mixed.getColumn(a);
            double[] draws = columns[used[a]].clone();
            Arrays.sort(draws);
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (x, y) -> Double.compare(target1[x], target1[y]));
            double[] out = columns[used[a]];
            for (int rank = 0; rank < n; rank++) {
                out[order[rank]] = draws[rank];
            }
        }
    }

    private static int[] rangeOf(int k) {
        int[] r = new int[k];
        for (int a = 0; a < k; a++) {
            r[a] = a;
        }
        return r;
    }

    private static RealMatrix cholesky(double[][] c, boolean user) {
        try {
            return new CholeskyDecomposition(MatrixUtils.createRealMatrix(c), 1e-12, 1e-12).getL();
        } catch (MathIllegalArgumentException e) {
            if (user) {
                throw InvalidScenarioException.of("uncertainty.correlations", "the rank correlations cannot hold "
                        + "together (their matrix is not positive definite); expected a consistent set, e.g. weaker "
                        + "correlations");
            }
            throw new IllegalStateException("score correlation not positive definite: too few draws", e);
        }
    }

    private static double[][] correlationOf(double[][] r, int m) {
        int n = r.length;
        double[] mean = new double[m];
        for (double[] row : r) {
            for (int a = 0; a < m; a++) {
                mean[a] += row[a] / n;
            }
        }
        double[][] cov = new double[m][m];
        for (double[] row : r) {
            for (int a = 0; a < m; a++) {
                for (int b = a; b < m; b++) {
                    cov[a][b] += (row[a] - mean[a]) * (row[b] - mean[b]);
                }
            }
        }
        double[][] c = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = a; b < m; b++) {
                c[a][b] = cov[a][b] / Math.sqrt(cov[a][a] * cov[b][b]);
                c[b][a] = c[a][b];
            }
        }
        return c;
    }
}
