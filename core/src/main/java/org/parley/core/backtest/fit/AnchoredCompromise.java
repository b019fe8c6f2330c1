package org.parley.core.backtest.fit;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.backtest.Capabilities;
import org.parley.core.backtest.OutcomeIssue;
import org.parley.core.backtest.Predictions;
import org.parley.core.backtest.Predictor;
import org.parley.core.backtest.Stand;
import org.parley.core.exec.BatchRunner;

/**
 * The compromise model with institutional weights and an anchor on the reference point (docs/backtest.md, the
 * pre-registered attempt): on each issue
 * {@code C = sum_a b_a c_a s_a x_a / sum_a b_a c_a s_a} with {@code b_a = beta_com} for the Commission,
 * {@code beta_ep} for the Parliament and 1 for every member state (Achen 2006's compromise model when both are 1),
 * and the forecast {@code (1 - lambda) C + lambda rp} where the reference point rp is recorded, else C. When the
 * bonus leaves no weight ({@code sum b c s = 0}) the plain compromise ({@code b = 1}) is used.
 */
public final class AnchoredCompromise implements Predictor {

    /** The model's name in results. */
    public static final String NAME = "anchored-compromise";
    /** The actor ids of the Commission and the Parliament in DEU III. */
    public static final String COMMISSION = "com";
    /** The Parliament's actor id. */
    public static final String PARLIAMENT = "ep";

    private final double betaCom;
    private final double betaEp;
    private final double lambda;

    /** The model with the given weights. */
    public AnchoredCompromise(double betaCom, double betaEp, double lambda) {
        if (!(betaCom >= 0) || !(betaEp >= 0) || !(lambda >= 0 && lambda <= 1)) {
            throw new IllegalArgumentException("beta_com " + betaCom + ", beta_ep " + betaEp + ", lambda " + lambda
                    + "; expected betas >= 0 and lambda 0 to 1");
        }
        this.betaCom = betaCom;
        this.betaEp = betaEp;
        this.lambda = lambda;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Unit unit() {
        return Unit.ISSUE;
    }

    @Override
    public Predictions predict(List<OutcomeIssue> issues, Capabilities capabilities, BatchRunner runner) {
        Sums sums = Sums.of(issues, capabilities);
        double[] values = new double[issues.size()];
        boolean[] settled = new boolean[issues.size()];
        Arrays.fill(settled, true);
        Map<String, String> abstentions = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            values[i] = sums.forecast(i, betaCom, betaEp, lambda);
            if (Double.isNaN(values[i])) {
                abstentions.put(issues.get(i).id(), "no actor has capability x salience > 0");
            }
        }
        return new Predictions(NAME, values, settled, abstentions);
    }

    /**
     * Per issue, the sums the forecast needs for any weights, so that one forecast is O(1): {@code sum c s x},
     * {@code sum c s}, the Commission's and the Parliament's {@code c s} and {@code c s x}, and rp (NaN if blank).
     */
    record Sums(double[] wx, double[] w, double[] comW, double[] comWx, double[] epW, double[] epWx, double[] rp) {

        static Sums of(List<OutcomeIssue> issues, Capabilities capabilities) {
            int n = issues.size();
            Sums s = new Sums(new double[n], new double[n], new double[n], new double[n], new double[n],
                    new double[n], new double[n]);
            for (int i = 0; i < n; i++) {
                OutcomeIssue issue = issues.get(i);
                for (Stand st : issue.stands()) {
                    double w = capabilities.of(st.actor()) * st.salience();
                    s.w[i] += w;
                    s.wx[i] += w * st.position();
                    if (st.actor().equals(COMMISSION)) {
                        s.comW[i] += w;
                        s.comWx[i] += w * st.position();
                    } else if (st.actor().equals(PARLIAMENT)) {
                        s.epW[i] += w;
                        s.epWx[i] += w * st.position();
                    }
                }
                s.rp[i] = issue.hasReferencePoint() ? issue.referencePoint() : Double.NaN;
            }
            return s;
        }

        /** The forecast for issue i; NaN when no actor has weight. */
        double forecast(int i, double betaCom, double betaEp, double lambda) {
            double num = wx[i] + (betaCom - 1) * comWx[i] + (betaEp - 1) * epWx[i];
            double den = w[i] + (betaCom - 1) * comW[i] + (betaEp - 1) * epW[i];
            double c = den > 1e-12 * w[i] && den > 0 ? num / den : w[i] > 0 ? wx[i] / w[i] : Double.NaN;
            return Double.isNaN(rp[i]) ? c : (1 - lambda) * c + lambda * rp[i];
        }
    }
}
