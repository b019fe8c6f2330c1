package org.parley.core.forecast.compromise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.core.forecast.Convergence;
import org.parley.core.forecast.Forecast;
import org.parley.core.forecast.ForecastModel;
import org.parley.core.forecast.ForecastRound;
import org.parley.core.forecast.WeightedPositions;
import org.parley.core.params.Params;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.InvalidScenarioException;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Stance;

/**
 * The compromise model of the DEU literature (Achen 2006): on each issue the outcome is the mean of the actors'
 * positions weighted by capability x salience, {@code O_d = sum_i c_i s_id x_id / sum_i c_i s_id}; or, as the
 * {@link #median()} variant, the weighted median of the same distribution. Actors without a stance on an issue do
 * not count there. One pass, O(actors x issues log actors).
 */
public final class CompromiseModel implements ForecastModel {

    /** The statistic a variant reports as its forecast. */
    public enum Statistic { MEAN, MEDIAN }

    private final Statistic headline;

    private CompromiseModel(Statistic headline) {
        this.headline = headline;
    }

    /** The weighted-mean model ({@code compromise}). */
    public static CompromiseModel mean() {
        return new CompromiseModel(Statistic.MEAN);
    }

    /** The weighted-median model ({@code median}). */
    public static CompromiseModel median() {
        return new CompromiseModel(Statistic.MEDIAN);
    }

    @Override
    public String name() {
        return headline == Statistic.MEAN ? "compromise" : "median";
    }

    @Override
    public Set<String> parameters() {
        return Set.of();
    }

    @Override
    public Forecast forecast(Scenario s, Params params) {
        params.requireKnown(name(), Set.of());
        Map<String, Double> mean = new LinkedHashMap<>();
        Map<String, Double> median = new LinkedHashMap<>();
        List<String> issueIds = new ArrayList<>();
        for (int d = 0; d < s.issues().size(); d++) {
            Issue issue = s.issues().get(d);
            issueIds.add(issue.id());
            List<Double> xs = new ArrayList<>();
            List<Double> ws = new ArrayList<>();
            for (Actor a : s.actors()) {
                Stance st = a.stances().get(issue.id());
                if (st != null) {
                    xs.add(st.position());
                    ws.add(a.capability() * st.salience());
                }
            }
            double[] x = xs.stream().mapToDouble(Double::doubleValue).toArray();
            double[] w = ws.stream().mapToDouble(Double::doubleValue).toArray();
            double m = WeightedPositions.mean(x, w);
            if (Double.isNaN(m)) {
                throw InvalidScenarioException.of("issues[" + d + "]", "no actor has capability x salience > 0 on "
                        + "issue '" + issue.id() + "'; the compromise is undefined there");
            }
            mean.put(issue.id(), m);
            median.put(issue.id(), WeightedPositions.median(x, w));
        }
        Map<String, Map<String, Double>> statistics = new LinkedHashMap<>();
        statistics.put("weighted_mean", mean);
        statistics.put("weighted_median", median);
        Map<String, Double> forecast = headline == Statistic.MEAN ? mean : median;
        return new Forecast(name(), issueIds, List.of(initialRound(s)), forecast,
                headline == Statistic.MEAN ? "weighted_mean" : "weighted_median", statistics, params.used(),
                Convergence.oneShot(forecast));
    }

    /** Round 0: every actor's given position on every issue it takes a stance on. */
    public static ForecastRound initialRound(Scenario s) {
        Map<String, Map<String, Double>> positions = new LinkedHashMap<>();
        for (Actor a : s.actors()) {
            Map<String, Double> p = new LinkedHashMap<>();
            for (Issue issue : s.issues()) {
                Stance st = a.stances().get(issue.id());
                if (st != null) {
                    p.put(issue.id(), st.position());
                }
            }
            positions.put(a.id(), p);
        }
        return new ForecastRound(0, positions);
    }

    /**
     * Each actor's share {@code c_i s_id / N_d} of the weight on each issue: how far moving its position by one
     * unit moves the compromise (the exchange ratio of exchange.md). Issues map to actors in scenario order.
     */
    public static Map<String, Map<String, Double>> weightShares(Scenario s) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (Issue issue : s.issues()) {
            double total = 0;
            for (Actor a : s.actors()) {
                Stance st = a.stances().get(issue.id());
                total += st == null ? 0 : a.capability() * st.salience();
            }
            Map<String, Double> shares = new LinkedHashMap<>();
            for (Actor a : s.actors()) {
                Stance st = a.stances().get(issue.id());
                if (st != null && total > 0) {
                    shares.put(a.id(), a.capability() * st.salience() / total);
                }
            }
            out.put(issue.id(), shares);
        }
        return out;
    }
}
