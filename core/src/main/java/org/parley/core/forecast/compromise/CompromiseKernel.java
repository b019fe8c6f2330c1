package org.parley.core.forecast.compromise;

import org.parley.core.forecast.ForecastKernel;
import org.parley.core.forecast.WeightedPositions;
import java.util.Map;
import org.parley.core.scenario.ScenarioInputs;

/**
 * The compromise model (weighted mean or median of capability x salience, Achen 2006) on an input vector: per issue
 * the actors with a stance in scenario order, the same sums as {@link CompromiseModel}. O(actors x issues) per call
 * for the mean, no allocation.
 */
public final class CompromiseKernel implements ForecastKernel {

    private final boolean mean;
    private final int issues;
    private final int[][] cap;
    private final int[][] pos;
    private final int[][] sal;

    private CompromiseKernel(ScenarioInputs in, boolean mean) {
        this.mean = mean;
        this.issues = in.issues();
        ScenarioInputs.IssueStances st = in.byIssue();
        cap = st.capability();
        pos = st.position();
        sal = st.salience();
    }

    /** The weighted-mean kernel ({@code compromise}). */
    public static CompromiseKernel mean(ScenarioInputs in) {
        return new CompromiseKernel(in, true);
    }

    /** The weighted-median kernel ({@code median}). */
    public static CompromiseKernel median(ScenarioInputs in) {
        return new CompromiseKernel(in, false);
    }

    @Override
    public String model() {
        return mean ? "compromise" : "median";
    }

    @Override
    public void forecast(double[] x, Map<String, String> params, double[] out) {
        for (int d = 0; d < issues; d++) {
            int[] c = cap[d];
            int[] p = pos[d];
            int[] s = sal[d];
            if (mean) {
                double num = 0;
                double den = 0;
                for (int k = 0; k < c.length; k++) {
                    double w = x[c[k]] * x[s[k]];
                    num += w * x[p[k]];
                    den += w;
                }
                out[d] = den > 0 ? num / den : Double.NaN;
            } else {
                double[] xs = new double[c.length];
                double[] ws = new double[c.length];
                for (int k = 0; k < c.length; k++) {
                    xs[k] = x[p[k]];
                    ws[k] = x[c[k]] * x[s[k]];
                }
                out[d] = WeightedPositions.median(xs, ws);
            }
        }
    }
}
