package org.parley.core.backtest.fit;

import java.util.List;
import java.util.Map;
import org.parley.core.backtest.Capabilities;
import org.parley.core.backtest.ModelPredictor;
import org.parley.core.backtest.OutcomeIssue;
import org.parley.core.backtest.Predictions;
import org.parley.core.backtest.split.FitReport;
import org.parley.core.backtest.split.Fitted;
import org.parley.core.backtest.split.Fitter;
import org.parley.core.backtest.split.TrainSet;
import org.parley.core.exec.BatchRunner;
import org.parley.core.forecast.bdm.BdmModel;

/**
 * Fits BDM's {@code Q} (the probability that the status quo holds when nobody challenges; Scholz et al. 2011) on the
 * train issues from {@code 0, 0.25, 0.5, 0.75, 1}; the lowest train MAE wins, ties going to the larger Q (the default
 * 1 first). One BDM run over the train issues per candidate.
 */
public final class BdmQFit implements Fitter {

    /** The fitted model's name. */
    public static final String NAME = "bdm-fitted";
    /** The candidate values, tried in this order. */
    static final double[] QS = {1.0, 0.75, 0.5, 0.25, 0.0};

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Fitted fit(TrainSet train, Capabilities capabilities, BatchRunner runner) {
        List<OutcomeIssue> issues = train.issues();
        double best = Double.POSITIVE_INFINITY;
        double bestQ = 1.0;
        for (double q : QS) {
            Predictions p = predictor(q).predict(issues, capabilities, runner);
            double sum = 0;
            int n = 0;
            for (int i = 0; i < issues.size(); i++) {
                if (p.scored(i)) {
                    sum += Math.abs(p.value(i) - issues.get(i).outcome());
                    n++;
                }
            }
            double mae = n == 0 ? Double.POSITIVE_INFINITY : sum / n;
            if (mae < best) {
                best = mae;
                bestQ = q;
            }
        }
        FitReport report = new FitReport(NAME, Map.of("q", bestQ), best, QS.length, issues.size());
        return new Fitted(predictor(bestQ), report);
    }

    private static ModelPredictor predictor(double q) {
        return ModelPredictor.of(BdmModel.NAME, NAME, Map.of("q", Double.toString(q)));
    }
}
