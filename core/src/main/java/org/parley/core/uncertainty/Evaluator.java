package org.parley.core.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.core.deals.ContinuousSolutions;
import org.parley.core.deals.ScenarioGrid;
import org.parley.core.deals.SolverBudgets;
import org.parley.core.forecast.ForecastKernel;
import org.parley.core.scenario.Loss;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.ScenarioInputs;
import org.parley.core.utility.ReservationMargins;
import org.parley.core.utility.SpatialUtility;

/**
 * Everything a sweep or a sensitivity analysis watches, computed from one input vector: the model's forecast of
 * every issue, every veto party's margin {@code u_v(package) - R_v} on every package (utilities on arrays, the same
 * arithmetic as {@link org.parley.core.deals.PackageReview}, with the sign decided exactly near zero by
 * {@link ReservationMargins} on the scenario the inputs give, built only then: a party accepts exactly when its
 * margin is {@code >= 0}), and the veto parties' max-min slack
 * {@code max_q min_v (u_v(q) - R_v)} over the continuous issue space (linear loss), which is >= 0 exactly when the
 * zone of agreement is non-empty. Outputs are laid out as forecasts, then margins by package and veto party, then
 * the zone slack. Thread-safe.
 */
public final class Evaluator {

    /** Below this max-min slack the zone of agreement is empty (the tolerance of {@link ContinuousSolutions}). */
    public static final double ZONE_TOLERANCE = -1e-9;

    private final ScenarioInputs in;
    private final ForecastKernel kernel;
    private final boolean packages;
    private final boolean zone;
    private final int[] veto;
    private final int issues;
    private final int actors;
    private final int packageCount;
    private final double[] min;
    private final double[] span;
    private final int[][] stanceOrder;
    private final Loss loss;

    /**
     * An evaluator of the forecasts of {@code kernel}, the package margins when {@code packages} (and the scenario
     * has packages and veto parties with reservation values) and the zone slack when {@code zone} (linear loss and
     * at least two veto parties).
     */
    public Evaluator(ScenarioInputs in, ForecastKernel kernel, boolean packages, boolean zone) {
        Scenario s = in.scenario();
        this.in = in;
        this.kernel = kernel;
        this.issues = in.issues();
        this.actors = in.actors();
        int[] v = ScenarioGrid.vetoParties(s);
        List<Integer> withReservation = new ArrayList<>();
        for (int i : v) {
            if (in.hasReservation(i)) {
                withReservation.add(i);
            }
        }
        this.veto = withReservation.stream().mapToInt(Integer::intValue).toArray();
        this.packageCount = s.packages().size();
        this.packages = packages && packageCount > 0 && veto.length > 0;
        this.zone = zone && s.loss() == Loss.LINEAR && veto.length >= 2;
        this.loss = s.loss();
        this.min = new double[issues];
        this.span = new double[issues];
        for (int d = 0; d < issues; d++) {
            min[d] = s.issues().get(d).scale().min();
            span[d] = s.issues().get(d).scale().range();
        }
        this.stanceOrder = new int[actors][];
        for (int i = 0; i < actors; i++) {
            stanceOrder[i] = in.stanceOrder(i);
        }
    }

    /** An evaluator of the package margins alone: no forecast is run (its outputs are left at 0). */
    public static Evaluator marginsOnly(ScenarioInputs in) {
        ForecastKernel none = new ForecastKernel() {
            @Override
            public String model() {
                return "none";
            }

            @Override
            public void forecast(double[] x, Map<String, String> params, double[] out) {
                // margins only
            }
        };
        return new Evaluator(in, none, true, false);
    }

    /** The inputs evaluated. */
    public ScenarioInputs inputs() {
        return in;
    }

    /** The veto parties with a reservation value, by actor index. */
    public int[] veto() {
        return veto.clone();
    }

    /** Whether package margins are computed. */
    public boolean packages() {
        return packages;
    }

    /** Whether the zone slack is computed. */
    public boolean zone() {
        return zone;
    }

    /** The number of outputs. */
    public int size() {
        return issues + (packages ? packageCount * veto.length : 0) + (zone ? 1 : 0);
    }

    /** The output index of issue {@code d}'s forecast. */
    public int forecastIndex(int d) {
        return d;
    }

    /** The output index of veto party {@code k}'s margin on package {@code p} (-1 when margins are off). */
    public int marginIndex(int p, int k) {
        return packages ? issues + p * veto.length + k : -1;
    }

    /** The output index of the zone slack (-1 when off). */
    public int zoneIndex() {
        return zone ? size() - 1 : -1;
    }

    /** The outputs' names: {@code forecast TERR}, {@code margin grand-bargain RUS}, {@code zone slack}. */
    public List<String> names() {
        Scenario s = in.scenario();
        List<String> out = new ArrayList<>();
        for (int d = 0; d < issues; d++) {
            out.add("forecast " + s.issues().get(d).id());
        }
        if (packages) {
            for (int p = 0; p < packageCount; p++) {
                for (int k : veto) {
                    out.add("margin " + s.packages().get(p).id() + " " + s.actors().get(k).id());
                }
            }
        }
        if (zone) {
            out.add("zone slack");
        }
        return out;
    }

    /** The outputs under inputs {@code x} and model parameters {@code params}, into {@code out} (length size()). */
    public void evaluate(double[] x, Map<String, String> params, double[] out) {
        double[] forecast = new double[issues];
        kernel.forecast(x, params, forecast);
        System.arraycopy(forecast, 0, out, 0, issues);
        if (!packages && !zone) {
            return;
        }
        SpatialUtility u = utility(x);
        double[] rv = new double[veto.length];
        for (int k = 0; k < veto.length; k++) {
            rv[k] = in.reservation(x, veto[k]);
        }
        if (packages) {
            double[] t = new double[issues];
            double[] p = new double[issues];
            ReservationMargins exact = null;
            for (int pk = 0; pk < packageCount; pk++) {
                for (int d = 0; d < issues; d++) {
                    t[d] = x[in.termIndex(pk, d)];
                    p[d] = u.toPercent(d, t[d]);
                }
                for (int k = 0; k < veto.length; k++) {
                    int i = veto[k];
                    double ui = u.utilityOfPercent(i, p);
                    double m = ui - rv[k];
                    // within the rounding bound of 0: the exact margin, on the scenario x gives (built on first
                    // need); a NaN margin accepts nothing either way
                    if (!ReservationMargins.decided(u, i, rv[k], m) && Double.isFinite(m)) {
                        if (exact == null) {
                            exact = ReservationMargins.of(in.apply(x), u);
                        }
                        m = exact.margin(i, t, ui);
                    }
                    out[issues + pk * veto.length + k] = m;
                }
            }
        }
        if (zone) {
            out[size() - 1] = ContinuousSolutions.maxMinValue(u, veto, rv, SolverBudgets.defaults());
        }
    }

    /** Every actor's utility tables under inputs {@code x}. */
    public SpatialUtility utility(double[] x) {
        double[] position = new double[actors * issues];
        double[] salience = new double[actors * issues];
        for (int i = 0; i < actors; i++) {
            for (int d : stanceOrder[i]) {
                position[i * issues + d] = x[in.positionIndex(i, d)];
                salience[i * issues + d] = x[in.salienceIndex(i, d)];
            }
        }
        return SpatialUtility.of(loss, min, span, position, salience, stanceOrder);
    }
}
