package org.parley.core.forecast;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.parley.core.forecast.bdm.BdmModel;
import org.parley.core.forecast.compromise.CompromiseModel;
import org.parley.core.forecast.exchange.ExchangeModel;
import org.parley.core.forecast.smp.SmpModel;
import org.parley.core.scenario.Scenario;

/** The forecasting models Parley knows, by name. */
public final class ForecastModels {

    private static final Map<String, Supplier<ForecastModel>> MODELS = new LinkedHashMap<>();

    static {
        MODELS.put("compromise", CompromiseModel::mean);
        MODELS.put("median", CompromiseModel::median);
        MODELS.put("bdm", BdmModel::new);
        MODELS.put("exchange", ExchangeModel::new);
        MODELS.put(SmpModel.NAME, SmpModel::new);
    }

    private ForecastModels() {
    }

    /** The names of every model, in the order {@code --model all} runs them. */
    public static List<String> names() {
        return List.copyOf(MODELS.keySet());
    }

    /** Checks, before any model runs, that every named model takes the scenario ({@link ForecastModel#requireFits}). */
    public static void requireFits(Scenario scenario, List<String> names) {
        for (String name : names) {
            byName(name).ifPresent(m -> m.requireFits(scenario));
        }
    }

    /**
     * The named models that apply to the scenario ({@link ForecastModel#inapplicable}), in order; each one left out
     * is said to {@code note} with its reasons.
     */
    public static List<String> applicable(Scenario scenario, List<String> names,
                                          java.util.function.Consumer<String> note) {
        List<String> out = new java.util.ArrayList<>();
        for (String name : names) {
            List<org.parley.core.scenario.Problem> why = byName(name).map(m -> m.inapplicable(scenario))
                    .orElse(List.of());
            if (why.isEmpty()) {
                out.add(name);
            } else {
                note.accept(name + " left out: it does not apply to this scenario: " + String.join("; ",
                        why.stream().map(p -> p.path() + ": " + p.message()).toList()));
            }
        }
        return List.copyOf(out);
    }

    /** A fresh instance of the named model. */
    public static Optional<ForecastModel> byName(String name) {
        Supplier<ForecastModel> m = MODELS.get(name);
        return m == null ? Optional.empty() : Optional.of(m.get());
    }
}
