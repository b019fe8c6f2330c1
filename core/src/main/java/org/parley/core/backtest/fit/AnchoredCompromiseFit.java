package org.parley.core.backtest.fit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.backtest.Capabilities;
import org.parley.core.backtest.OutcomeIssue;
import org.parley.core.backtest.split.FitReport;
import org.parley.core.backtest.split.Fitted;
import org.parley.core.backtest.split.Fitter;
import org.parley.core.backtest.split.TrainSet;
import org.parley.core.exec.BatchRunner;

/**
 * Fits {@link AnchoredCompromise} by grid search on the train issues: {@code beta_com} and {@code beta_ep} in
 * {@code 0, 0.25, ..., 4}, {@code lambda} in {@code 0, 0.05, ..., 0.5}; the lowest train MAE wins, ties going to
 * the first setting in that order (betas, then lambda, ascending). 17 x 17 x 11 = 3,179 settings, O(1) per issue
 * each.
 */
public final class AnchoredCompromiseFit implements Fitter {

    /** The grid of each beta. */
    static final double[] BETAS = grid(0, 4, 0.25);
    /** The grid of lambda. */
    static final double[] LAMBDAS = grid(0, 0.5, 0.05);

    @Override
    public String name() {
        return AnchoredCompromise.NAME;
    }

    @Override
    public Fitted fit(TrainSet train, Capabilities capabilities, BatchRunner runner) {
        List<OutcomeIssue> issues = train.issues();
        if (issues.isEmpty()) {
            throw new IllegalArgumentException("no train issues; expected at least one to fit on");
        }
        AnchoredCompromise.Sums sums = AnchoredCompromise.Sums.of(issues, capabilities);
        double[] out = new double[issues.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = issues.get(i).outcome();
        }
        double best = Double.POSITIVE_INFINITY;
        double[] arg = {1, 1, 0};
        for (double bc : BETAS) {
            for (double be : BETAS) {
                for (double l : LAMBDAS) {
                    double mae = mae(sums, out, bc, be, l);
                    if (mae < best) {
                        best = mae;
                        arg = new double[] {bc, be, l};
                    }
                }
            }
        }
        Map<String, Double> params = new LinkedHashMap<>();
        params.put("beta_com", arg[0]);
        params.put("beta_ep", arg[1]);
        params.put("lambda", arg[2]);
        FitReport report = new FitReport(AnchoredCompromise.NAME, params, best,
                BETAS.length * BETAS.length * LAMBDAS.length, issues.size());
        return new Fitted(new AnchoredCompromise(arg[0], arg[1], arg[2]), report);
    }

    /** The mean absolute error over the issues the setting forecasts (NaN forecasts are skipped). */
    private static double mae(AnchoredCompromise.Sums sums, double[] out, double bc, double be, double l) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < out.length; i++) {
            double f = sums.forecast(i, bc, be, l);
            if (!Double.isNaN(f)) {
                sum += Math.abs(f - out[i]);
                n++;
            }
        }
        return n == 0 ? Double.POSITIVE_INFINITY : sum / n;
    }

    private static double[] grid(double from, double to, double step) {
        int n = (int) Math.round((to - from) / step) + 1;
        double[] g = new double[n];
        for (int k = 0; k < n; k++) {
            g[k] = Math.round((from + k * step) * 1e6) / 1e6;
        }
        return g;
    }
}
