package org.parley.core.forecast.smp;

import org.parley.core.params.BadParameterException;

/**
 * KTAB's {@code PCEModel}: a probabilistic Condorcet election, turning pairwise victory probabilities into one
 * probability per option (smp.md Section 3, "PCE").
 */
public enum PceModel implements KtabOption {
    /** {@code P_i = prod_j V(i,j) / sum_a prod_j V(a,j)} (KTAB's default). */
    CONDITIONAL("Conditional", "conditional"),
    /** The stationary point of a Markov chain where challenges come in proportion to their incentive. */
    MARKOV_INCENTIVE("MarkovIncentive", "markov-incentive"),
    /** The stationary point of a Markov chain where every challenge is equally likely. */
    MARKOV_UNIFORM("MarkovUniform", "markov-uniform");

    /** Parley caps both Markov iterations (KTAB checks its cap only after the loop). */
    public static final int MAX_ITERATIONS = 1000;
    private static final double UNIFORM_TOLERANCE = 1e-6;
    private static final double INCENTIVE_TOLERANCE = 1e-8;
    private static final double INCENTIVE_DIAGONAL = 1e-10;

    private final Names names;

    PceModel(String ktabName, String word) {
        this.names = new Names(ktabName, word);
    }

    @Override
    public Names names() {
        return names;
    }

    /** The probability of each of the {@code m} options, from coalitions {@code c} and victory probabilities. */
    public double[] probabilities(double[] c, double[] v, int m) {
        return switch (this) {
            case CONDITIONAL -> conditional(v, m);
            case MARKOV_UNIFORM -> markovUniform(v, m);
            case MARKOV_INCENTIVE -> markovIncentive(c, v, m);
        };
    }

    static double[] conditional(double[] v, int m) {
        double[] p = new double[m];
        double total = 0;
        for (int i = 0; i < m; i++) {
            double pi = 1;
            for (int j = 0; j < m; j++) {
                pi = pi * v[i * m + j];
            }
            p[i] = pi;
            total += pi;
        }
        if (!(total > 0) || Double.isInfinite(total)) {
            return conditionalInLogs(v, m);
        }
        for (int i = 0; i < m; i++) {
            p[i] = p[i] / total;
        }
        return p;
    }

    /** The same products in log space, for the rare case where every product underflows. */
    private static double[] conditionalInLogs(double[] v, int m) {
        double[] log = new double[m];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < m; i++) {
            double s = 0;
            for (int j = 0; j < m; j++) {
                s += Math.log(v[i * m + j]);
            }
            log[i] = s;
            max = Math.max(max, s);
        }
        double total = 0;
        for (int i = 0; i < m; i++) {
            log[i] = Math.exp(log[i] - max);
            total += log[i];
        }
        for (int i = 0; i < m; i++) {
            log[i] /= total;
        }
        return log;
    }

    /** Every challenge equally likely: {@code q_i = sum_j V(i,j) (p_i + p_j) / m}. */
    static double[] markovUniform(double[] v, int m) {
        return stationary(m, (p, q) -> {
            for (int i = 0; i < m; i++) {
                double s = 0;
                for (int j = 0; j < m; j++) {
                    s += v[i * m + j] * (p[i] + p[j]);
                }
                q[i] = s / m;
            }
        }, UNIFORM_TOLERANCE, MAX_ITERATIONS, "markov-uniform");
    }

    static double[] markovIncentive(double[] c, double[] v, int m) {
        double[] pc = new double[m * m];
        for (int j = 0; j < m; j++) {
            double total = 0;
            for (int k = 0; k < m; k++) {
                total += incentive(c, v, m, k, j);
            }
            for (int i = 0; i < m; i++) {
                pc[i * m + j] = incentive(c, v, m, i, j) / total;
            }
        }
        // challenges in proportion to their incentive: q_i = sum_j V(i,j) (p_i PC(j,i) + p_j PC(i,j))
        return stationary(m, (p, q) -> {
            for (int i = 0; i < m; i++) {
                double s = 0;
                for (int j = 0; j < m; j++) {
                    s += v[i * m + j] * (p[i] * pc[j * m + i] + p[j] * pc[i * m + j]);
                }
                q[i] = s;
            }
        }, INCENTIVE_TOLERANCE, MAX_ITERATIONS, "markov-incentive");
    }

    /** One step of a Markov chain over the options: the next distribution {@code q} from {@code p}. */
    private interface Step {
        void next(double[] p, double[] q);
    }

    /**
     * The stationary distribution of the chain {@code step}, as KTAB finds it: from the uniform distribution,
     * {@code p <- (p + step(p)) / 2} until no entry of {@code step(p)} differs from p by more than
     * {@code tolerance}; refused after {@code maxIterations} steps.
     */
    private static double[] stationary(int m, Step step, double tolerance, int maxIterations, String model) {
        double[] p = uniform(m);
        double[] q = new double[m];
        for (int iter = 0; iter < maxIterations; iter++) {
            step.next(p, q);
            double change = 0;
            for (int i = 0; i < m; i++) {
                change = Math.max(change, Math.abs(q[i] - p[i]));
            }
            for (int i = 0; i < m; i++) {
                p[i] = (p[i] + q[i]) / 2;
            }
            if (change <= tolerance) {
                return p;
            }
        }
        throw notConverged(model, maxIterations);
    }

    /** {@code N(i,j) = C(i,j) V(i,j)}, plus a tiny diagonal. */
    private static double incentive(double[] c, double[] v, int m, int i, int j) {
        double n = c[i * m + j] * v[i * m + j];
        return i == j ? n + INCENTIVE_DIAGONAL : n;
    }

    private static double[] uniform(int m) {
        double[] p = new double[m];
        java.util.Arrays.fill(p, 1.0 / m);
        return p;
    }

    private static BadParameterException notConverged(String model, int maxIterations) {
        return new BadParameterException("pce=" + model + " did not converge in " + maxIterations
                + " iterations; try pce=conditional");
    }
}
