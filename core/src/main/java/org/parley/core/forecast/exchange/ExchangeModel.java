package org.parley.core.forecast.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.core.forecast.Convergence;
import org.parley.core.forecast.ConvergenceDetector;
import org.parley.core.forecast.Forecast;
import org.parley.core.forecast.ForecastRound;
import org.parley.core.forecast.IssueConvergence;
import org.parley.core.forecast.Traced;
import org.parley.core.forecast.TracedModel;
import org.parley.core.forecast.WeightedPositions;
import org.parley.core.forecast.compromise.CompromiseModel;
import org.parley.core.params.Params;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scenario;

/**
 * Stokman's exchange model of voting positions, equal-gain variant (Stokman and van Oosten 1994; exchange.md
 * Section 3): actors on opposite sides of the compromise on two issues trade moves, each giving way on the issue it
 * cares less about, at the rate that gives both the same utility gain. The best exchanges are realised greedily,
 * round by round; the forecast is the compromise (capability x salience weighted mean) of the voting positions after
 * the last round. Parameters: {@code rounds} (default 1), {@code decide_compat}, {@code salience_weight},
 * {@code fixed_weight}, and the {@link ConvergenceDetector}'s {@code convergence_tolerance} and
 * {@code convergence_window} (the model has no stop rule of its own); see docs/models/exchange.md.
 * O(rounds x K x R) for K candidates and R realised exchanges, with K up to {@code C(issues, 2) x actors^2 / 4}.
 */
public final class ExchangeModel implements TracedModel {

    /** The model's name. */
    public static final String NAME = "exchange";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> parameters() {
        return ExchangeSettings.KEYS;
    }

    @Override
    public Forecast forecast(Scenario scenario, Params params) {
        return run(scenario, params).forecast();
    }

    /** Refuses a scenario whose first round weighs more than 500,000 candidate exchanges, or too many positions. */
    @Override
    public void requireFits(Scenario scenario) {
        Forecast.requirePositionsWithin(NAME, Forecast.stances(scenario), 1);
        ExchangeInput in = ExchangeInput.of(scenario);
        ExchangeRound.requireWithinLimit(RoundStart.of(in, in.x()));
    }

    @Override
    public Traced traced(Scenario scenario, Params params) {
        ExchangeRun run = run(scenario, params);
        return new Traced(run.forecast(), run.trace(), ExchangeExplanation.lines(run));
    }

    /** The forecast together with the trace of every round, for {@code --explain} and JSON. */
    public static ExchangeRun run(Scenario scenario, Params params) {
        ExchangeSettings settings = ExchangeSettings.from(params);
        ConvergenceDetector detector = ConvergenceDetector.from(params);
        Forecast.requirePositionsWithin(NAME, Forecast.stances(scenario), settings.rounds());
        params.record("ties", "creation-order");
        ExchangeInput in = ExchangeInput.of(scenario);
        double[][] start = in.x();
        List<double[][]> voting = new ArrayList<>();
        voting.add(start);
        List<ExchangeRoundTrace> trace = new ArrayList<>();
        for (int t = 1; t <= settings.rounds(); t++) {
            ExchangeRound.Result result = ExchangeRound.run(t, RoundStart.of(in, start), settings);
            trace.add(result.trace());
            voting.add(result.voting());
            start = result.nextStart();
        }
        return new ExchangeRun(forecast(scenario, in, voting, detector, params.used()), trace);
    }

    private static Forecast forecast(Scenario scenario, ExchangeInput in, List<double[][]> voting,
                                     ConvergenceDetector detector, Map<String, Object> used) {
        List<ForecastRound> rounds = new ArrayList<>();
        rounds.add(CompromiseModel.initialRound(scenario));
        for (int t = 1; t < voting.size(); t++) {
            rounds.add(new ForecastRound(t, positions(scenario, in, voting.get(t))));
        }
        double[][] last = voting.get(voting.size() - 1);
        List<String> issues = new ArrayList<>();
        Map<String, Double> mean = new LinkedHashMap<>();
        Map<String, Double> median = new LinkedHashMap<>();
        Map<String, IssueConvergence> convergence = new LinkedHashMap<>();
        double[] series = new double[voting.size()];
        for (int d = 0; d < in.issueCount(); d++) {
            Issue issue = scenario.issues().get(d);
            issues.add(issue.id());
            List<Double> x = new ArrayList<>();
            List<Double> w = new ArrayList<>();
            for (int i = 0; i < in.actorCount(); i++) {
                if (in.present()[i][d]) {
                    x.add(last[i][d]);
                    w.add(in.weight(i, d));
                }
            }
            double[] xs = x.stream().mapToDouble(Double::doubleValue).toArray();
            double[] ws = w.stream().mapToDouble(Double::doubleValue).toArray();
            for (int t = 0; t < voting.size(); t++) {
                // the headline, the compromise of the voting positions, after each round (round 0: as given)
                series[t] = issue.scale().fromPercent(Compromise.outcome(in, d, RoundStart.column(voting.get(t), d)));
            }
            mean.put(issue.id(), series[voting.size() - 1]);
            convergence.put(issue.id(), voting.size() == 2
                    ? IssueConvergence.horizon(1, series[1])
                    : detector.classify(series, issue.scale().range(), false));
            double med = WeightedPositions.median(xs, ws);
            median.put(issue.id(), issue.scale().fromPercent(Double.isNaN(med) ? 0 : med));
        }
        Map<String, Map<String, Double>> statistics = new LinkedHashMap<>();
        statistics.put("weighted_mean", mean);
        statistics.put("weighted_median", median);
        return new Forecast(NAME, issues, rounds, mean, "weighted_mean", statistics, used,
                new Convergence(convergence));
    }

    /** Every actor's position (issue units) on every issue it takes a stance on. */
    private static Map<String, Map<String, Double>> positions(Scenario scenario, ExchangeInput in, double[][] x) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (int i = 0; i < in.actorCount(); i++) {
            Map<String, Double> p = new LinkedHashMap<>();
            for (int d = 0; d < in.issueCount(); d++) {
                if (in.present()[i][d]) {
                    p.put(in.issues()[d], scenario.issues().get(d).scale().fromPercent(x[i][d]));
                }
            }
            out.put(in.actors()[i], p);
        }
        return out;
    }
}
