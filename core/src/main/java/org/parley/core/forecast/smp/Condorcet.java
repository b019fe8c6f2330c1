package org.parley.core.forecast.smp;

/**
 * Coalitions and KTAB's {@code scalarPCE}: voters with weights {@code w_k} and utilities {@code u[k][option]}
 * form a coalition behind each option of every pair, and a probabilistic Condorcet election turns the pairwise
 * contests into one probability per option (smp.md Section 3). O(options^2 x voters).
 */
public final class Condorcet {

    /** KTAB's floor on every coalition's strength. */
    public static final double MIN_COALITION = 1e-8;

    private Condorcet() {
    }

    /**
     * The m x m coalition strengths (row-major): {@code C(i,j) = 1e-8 + sum_k max(0, vote_k(i, j))} and
     * {@code C(j,i) = 1e-8 + sum_k max(0, -vote_k(i, j))} for {@code i > j}, {@code C(i,i) = 1e-8}.
     *
     * @param u utilities row-major, {@code u[k * m + option]}
     */
    public static double[] coalitions(double[] w, double[] u, int voters, int m, VotingRule rule) {
        double[] c = new double[m * m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < i; j++) {
                double cij = MIN_COALITION;
                double cji = MIN_COALITION;
                for (int k = 0; k < voters; k++) {
                    double vk = rule.vote(w[k], u[k * m + i], u[k * m + j]);
                    if (vk > 0) {
                        cij = cij + vk;
                    } else if (vk < 0) {
                        cji = cji - vk;
                    }
                }
                c[i * m + j] = cij;
                c[j * m + i] = cji;
            }
            c[i * m + i] = MIN_COALITION;
        }
        return c;
    }

    /** KTAB's {@code scalarPCE}: coalitions, then victory probabilities, then the election; one value per option. */
    public static double[] scalarPce(double[] w, double[] u, int voters, int m, VotingRule rule,
                                     VictoryProbModel victory, PceModel pce) {
        double[] c = coalitions(w, u, voters, m, rule);
        double[] v = victory.victory(c, m);
        return pce.probabilities(c, v, m);
    }
}
