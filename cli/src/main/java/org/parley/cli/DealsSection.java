package org.parley.cli;

import java.util.List;
import java.util.Map;
import org.parley.core.deals.DealOptions;
import org.parley.core.deals.ScenarioDeals;
import org.parley.core.deals.ScenarioGrid;
import org.parley.core.scenario.Scenario;

/** The deal-space part of {@code parley analyze}: the scenario at 11 values per issue, when it has two parties. */
final class DealsSection {

    /** Values per issue that analyze uses. */
    static final int GRID = 11;

    private DealsSection() {
    }

    /** The deal analysis, or null when the scenario has fewer than two parties with reservation values. */
    static ScenarioDeals of(Scenario s) {
        if (ScenarioGrid.vetoParties(s).length < 2) {
            return null;
        }
        return ScenarioDeals.of(s, GRID, DealOptions.defaults(100), null);
    }

    /**
     * The deal analysis as the deals command's JSON document, without the frontier list and with {@code repairs}
     * (package id to repair) in place of the package verdicts, which analyze reports once itself; null when absent.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> json(Scenario s, ScenarioDeals sd) {
        if (sd == null) {
            return null;
        }
        Map<String, Object> doc = DealsCommand.scenarioJson(s, sd, false, null);
        doc.put("frontier_listed", false);
        ((Map<String, Object>) doc.get("pareto")).remove("frontier");
        // analyze gives the package verdicts once, at its top level; here only each package's repair
        Map<String, Object> repairs = new java.util.LinkedHashMap<>();
        for (Object o : (List<Object>) doc.remove("packages")) {
            Map<String, Object> p = (Map<String, Object>) o;
            if (p.containsKey("repair")) {
                repairs.put((String) p.get("id"), p.get("repair"));
            }
        }
        doc.put("repairs", repairs);
        return doc;
    }
}
