package org.parley.core.backtest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parley.core.exec.BatchRunner;
import org.parley.core.forecast.Forecast;
import org.parley.core.forecast.ForecastModel;
import org.parley.core.forecast.ForecastModels;
import org.parley.core.forecast.exchange.ExchangeModel;
import org.parley.core.forecast.smp.SmpModel;
import org.parley.core.params.Params;
import org.parley.core.scenario.InvalidScenarioException;
import org.parley.core.scenario.Scenario;

/**
 * A model of {@link ForecastModels} run on a data set: the one-issue models (compromise, median, BDM) on each
 * issue's one-issue scenario, the models that trade across issues (exchange, SMP) on each proposal's multi-issue
 * scenario. A run the model refuses ({@link InvalidScenarioException}, e.g. every actor at one position for BDM) is an
 * abstention with the model's reason, never a failure of the backtest. Each task builds its own scenario and
 * {@link Params}, so the runner may run them on any number of threads.
 */
public final class ModelPredictor implements Predictor {

    private final String model;
    private final String label;
    private final Map<String, String> params;
    private final Unit unit;

    private ModelPredictor(String model, String label, Map<String, String> params) {
        this.model = model;
        this.label = label;
        this.params = Collections.unmodifiableMap(new TreeMap<>(params));
        this.unit = model.equals(ExchangeModel.NAME) || model.equals(SmpModel.NAME) ? Unit.PROPOSAL : Unit.ISSUE;
        instance();
    }

    /** The named model with its default parameters. */
    public static ModelPredictor of(String model) {
        return new ModelPredictor(model, model, Map.of());
    }

    /** The named model with parameters ({@code --set} keys), shown under {@code label}. */
    public static ModelPredictor of(String model, String label, Map<String, String> params) {
        return new ModelPredictor(model, label, params);
    }

    @Override
    public String name() {
        return label;
    }

    @Override
    public Unit unit() {
        return unit;
    }

    private ForecastModel instance() {
        return ForecastModels.byName(model).orElseThrow(() -> new IllegalArgumentException("unknown model '" + model
                + "'; expected one of " + ForecastModels.names()));
    }

    @Override
    public Predictions predict(List<OutcomeIssue> issues, Capabilities capabilities, BatchRunner runner) {
        int n = issues.size();
        double[] values = new double[n];
        boolean[] settled = new boolean[n];
        Arrays.fill(values, Double.NaN);
        Map<String, String> abstentions = new LinkedHashMap<>();
        List<int[]> groups = groups(issues);
        List<Outcome> outcomes = runner.run(groups.size(), g -> run(issues, groups.get(g), capabilities));
        for (int g = 0; g < groups.size(); g++) {
            int[] members = groups.get(g);
            Outcome o = outcomes.get(g);
            for (int k = 0; k < members.length; k++) {
                int i = members[k];
                if (o.refusal != null) {
                    abstentions.put(issues.get(i).id(), o.refusal);
                } else {
                    values[i] = o.values[k];
                    settled[i] = o.settled[k];
                }
            }
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (OutcomeIssue i : issues) {
            if (abstentions.containsKey(i.id())) {
                ordered.put(i.id(), abstentions.get(i.id()));
            }
        }
        return new Predictions(label, values, settled, ordered);
    }

    /** The indices of the issues each model run sees: one each, or one proposal's (in order of first appearance). */
    private List<int[]> groups(List<OutcomeIssue> issues) {
        List<int[]> out = new ArrayList<>();
        if (unit == Unit.ISSUE) {
            for (int i = 0; i < issues.size(); i++) {
                out.add(new int[] {i});
            }
            return out;
        }
        Map<String, List<Integer>> byProposal = new LinkedHashMap<>();
        for (int i = 0; i < issues.size(); i++) {
            byProposal.computeIfAbsent(issues.get(i).proposal(), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> members : byProposal.values()) {
            out.add(members.stream().mapToInt(Integer::intValue).toArray());
        }
        return out;
    }

    /** One model run's forecasts for its issues, or the model's reason for refusing them. */
    private record Outcome(double[] values, boolean[] settled, String refusal) {
    }

    private Outcome run(List<OutcomeIssue> issues, int[] members, Capabilities capabilities) {
        List<OutcomeIssue> group = new ArrayList<>(members.length);
        for (int i : members) {
            group.add(issues.get(i));
        }
        Scenario s = unit == Unit.ISSUE ? group.get(0).scenario(capabilities)
                : OutcomeDataset.proposalScenario(group.get(0).proposal(), group, capabilities);
        if (s.actors().isEmpty()) {
            return new Outcome(null, null, "no actor has a positive salience on proposal '" + group.get(0).proposal()
                    + "'");
        }
        Forecast f;
        try {
            f = instance().forecast(s, Params.of(params));
        } catch (InvalidScenarioException e) {
            return new Outcome(null, null, e.problems().isEmpty() ? e.getMessage() : e.problems().get(0).message());
        }
        double[] values = new double[members.length];
        boolean[] settled = new boolean[members.length];
        for (int k = 0; k < members.length; k++) {
            String id = group.get(k).id();
            values[k] = f.forecast().get(id);
            settled[k] = f.convergence().settled(id);
        }
        return new Outcome(values, settled, null);
    }
}
