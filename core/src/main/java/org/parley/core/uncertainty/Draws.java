package org.parley.core.uncertainty;

import org.parley.core.exec.BatchRunner;
import org.parley.core.exec.TaskRandom;

/**
 * The draws of a plan: {@code n} values of each varied input, held by column. Draw {@code j} takes its uniform
 * numbers from its own stream {@code TaskRandom.of(seed, j)} (one per varied input, in plan order), so the draws do
 * not depend on how the work is split; correlations are then imposed on the whole sample by
 * {@link ImanConover} with a stream derived from the seed.
 */
public final class Draws {

    /** Draws per batch task: large enough to amortise a task, fixed so that the split never depends on threads. */
    static final int CHUNK = 256;

    private final DrawPlan plan;
    private final double[][] columns;
    private final int n;

    private Draws(DrawPlan plan, double[][] columns, int n) {
        this.plan = plan;
        this.columns = columns;
        this.n = n;
    }

    /** {@code n} draws of {@code plan} under {@code seed}, sampled on {@code runner}. */
    public static Draws sample(DrawPlan plan, int n, long seed, BatchRunner runner) {
        int k = plan.size();
        double[][] columns = new double[k][n];
        Marginal[] marginals = new Marginal[k];
        for (int a = 0; a < k; a++) {
            marginals[a] = plan.entries().get(a).marginal();
        }
        runner.run(tasks(n), t -> {
            int from = t * CHUNK;
            int to = Math.min(n, from + CHUNK);
            for (int j = from; j < to; j++) {
                var random = TaskRandom.of(seed, j);
                for (int a = 0; a < k; a++) {
                    columns[a][j] = marginals[a].quantile(random.nextDouble());
                }
            }
            return null;
        });
        if (plan.correlated()) {
            ImanConover.impose(columns, plan.correlation(), TaskRandom.mix(seed, -1));
        }
        return new Draws(plan, columns, n);
    }

    /** The number of batch tasks for {@code n} items. */
    static int tasks(int n) {
        return (n + CHUNK - 1) / CHUNK;
    }

    /** The plan drawn from. */
    public DrawPlan plan() {
        return plan;
    }

    /** The number of draws. */
    public int count() {
        return n;
    }

    /** Value of varied input {@code a} in draw {@code j}. */
    public double value(int a, int j) {
        return columns[a][j];
    }

    /**
     * Fills {@code x} (a copy of the central vector) with draw {@code j}'s values of the varied scenario inputs,
     * leaving model parameters to {@link #params}.
     */
    public void fill(int j, double[] x) {
        for (int a = 0; a < columns.length; a++) {
            int input = plan.entries().get(a).input();
            if (input >= 0) {
                x[input] = columns[a][j];
            }
        }
    }

    /** Draw {@code j} of a column-major matrix of the same plan, e.g. Saltelli's A with column {@code a} from B. */
    static Draws of(DrawPlan plan, double[][] columns) {
        return new Draws(plan, columns, columns.length == 0 ? 0 : columns[0].length);
    }

    /** The column of varied input {@code a} (a copy). */
    public double[] column(int a) {
        return columns[a].clone();
    }

    /** The model parameters of draw {@code j}: {@code base} with the drawn values of the varied parameters. */
    public java.util.Map<String, String> params(int j, java.util.Map<String, String> base) {
        java.util.Map<String, String> p = new java.util.LinkedHashMap<>(base);
        for (int a = 0; a < columns.length; a++) {
            String key = plan.entries().get(a).param();
            if (key != null) {
                p.put(key, Double.toString(columns[a][j]));
            }
        }
        return p;
    }
}
