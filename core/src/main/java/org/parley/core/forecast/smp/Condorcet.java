package org.parley.core.forecast.smp;

import java.util.List;
import org.parley.core.exec.BatchRunner;

/**
 * Coalitions and KTAB's {@code scalarPCE}: voters with weights {@code w_k} and utilities for each option form a
 * coalition behind each option of every pair, and a probabilistic Condorcet election turns the pairwise contests
 * into one probability per option (smp.md Section 3). O(options^2 x voters); utilities are stored option-major
 * ({@code u[option * voters + k]}) so that the inner loop over voters reads memory in order.
 */
public final class Condorcet {

    /** KTAB's floor on every coalition's strength. */
    public static final double MIN_COALITION = 1e-8;
    /** Below this many options the rows of the coalition matrix are not worth spreading over threads. */
    static final int PARALLEL_OPTIONS = 48;

    private Condorcet() {
    }

    /**
     * The m x m coalition strengths (row-major): {@code C(i,j) = 1e-8 + sum_k max(0, vote_k(i, j))} and
     * {@code C(j,i) = 1e-8 + sum_k max(0, -vote_k(i, j))} for {@code i > j}, {@code C(i,i) = 1e-8}, the votes
     * added in voter order.
     *
     * @param u utilities option-major, {@code u[option * voters + k]}
     */
    public static double[] coalitions(double[] w, double[] u, int voters, int m, VotingRule rule) {
        return coalitions(w, u, voters, m, rule, BatchRunner.sequential());
    }

    /** As {@link #coalitions(double[], double[], int, int, VotingRule)}, rows spread over {@code runner}. */
    public static double[] coalitions(double[] w, double[] u, int voters, int m, VotingRule rule,
                                      BatchRunner runner) {
        for (int k = 0; k < voters; k++) {
            if (!(w[k] > 0)) {
                throw new IllegalArgumentException("non-positive voting weight " + w[k] + " of voter " + k);
            }
        }
        double[] c = new double[m * m];
        if (m < PARALLEL_OPTIONS || runner.threads() == 1) {
            double[] forward = new double[m];
            double[] backward = new double[m];
            for (int i = 0; i < m; i++) {
                row(w, u, voters, rule, i, forward, backward);
                store(c, m, i, forward, backward);
            }
            return c;
        }
        List<double[][]> rows = runner.run(m, i -> {
            double[][] r = {new double[i], new double[i]};
            row(w, u, voters, rule, i, r[0], r[1]);
            return r;
        });
        for (int i = 0; i < m; i++) {
            store(c, m, i, rows.get(i)[0], rows.get(i)[1]);
        }
        return c;
    }

    private static void store(double[] c, int m, int i, double[] forward, double[] backward) {
        for (int j = 0; j < i; j++) {
            c[i * m + j] = forward[j];
            c[j * m + i] = backward[j];
        }
        c[i * m + i] = MIN_COALITION;
    }

    /** Row i: {@code C(i,j)} into {@code forward[j]} and {@code C(j,i)} into {@code backward[j]}, for j < i. */
    private static void row(double[] w, double[] u, int voters, VotingRule rule, int i, double[] forward,
                            double[] backward) {
        int oi = i * voters;
        for (int j = 0; j < i; j++) {
            int oj = j * voters;
            double cij = MIN_COALITION;
            double cji = MIN_COALITION;
            if (rule == VotingRule.PROP) {
                // w (u1 - u2): VotingRule.PROP inlined for the hot loop
                // branch-free: adding +0.0 leaves a positive sum unchanged, bit for bit
                for (int k = 0; k < voters; k++) {
                    double vk = w[k] * (u[oi + k] - u[oj + k]);
                    cij += Math.max(vk, 0.0);
                    cji += Math.max(-vk, 0.0);
                }
            } else {
                for (int k = 0; k < voters; k++) {
                    double vk = rule.vote(w[k], u[oi + k], u[oj + k]);
                    if (vk > 0) {
                        cij = cij + vk;
                    } else if (vk < 0) {
                        cji = cji - vk;
                    }
                }
            }
            forward[j] = cij;
            backward[j] = cji;
        }
    }

    /** KTAB's {@code scalarPCE}: coalitions, then victory probabilities, then the election; one value per option. */
    public static double[] scalarPce(double[] w, double[] u, int voters, int m, VotingRule rule,
                                     VictoryProbModel victory, PceModel pce) {
        return scalarPce(w, u, voters, m, rule, victory, pce, BatchRunner.sequential());
    }

    /** As {@link #scalarPce(double[], double[], int, int, VotingRule, VictoryProbModel, PceModel)} on a runner. */
    public static double[] scalarPce(double[] w, double[] u, int voters, int m, VotingRule rule,
                                     VictoryProbModel victory, PceModel pce, BatchRunner runner) {
        double[] c = coalitions(w, u, voters, m, rule, runner);
        double[] v = victory.victory(c, m);
        return pce.probabilities(c, v, m);
    }
}
