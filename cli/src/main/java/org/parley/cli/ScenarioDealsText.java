package org.parley.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.core.deals.ContinuousSolution;
import org.parley.core.deals.DealSpaceResult;
import org.parley.core.deals.PackageVerdict;
import org.parley.core.deals.Repair;
import org.parley.core.deals.SolutionPoint;
import org.parley.core.scenario.Scenario;
import org.parley.core.text.Decimals;

/** The deal space of a scenario in plain words: the zone, who blocks each package, its repair, the Nash point. */
final class ScenarioDealsText {

    private ScenarioDealsText() {
    }

    static String render(Scenario s, DealSpaceResult<Double> d, List<PackageVerdict> packages) {
        StringBuilder b = new StringBuilder();
        List<String> veto = d.parties();
        b.append("Deal space among the parties whose signature is needed (").append(String.join(", ", veto))
                .append("), ").append(d.params().grid()).append(" values per issue (").append(d.outcomes())
                .append(" packages)\n");
        if (d.zopa() != null) {
            if (d.zopa().empty()) {
                b.append("- Zone of agreement: empty; no grid package gives every one of them its no-deal value.\n");
            } else {
                b.append("- Zone of agreement: ").append(d.zopa().outcomes()).append(" packages (")
                        .append(Decimals.percent(d.zopa().share(), 2)).append(" of the grid) give every one of them "
                                + "at least its no-deal value.\n");
            }
        }
        if (d.maxMin() != null) {
            b.append("- Over the continuous issue space the best worst-off margin is ")
                    .append(Decimals.signed(d.maxMin().objective(), 1)).append(" points, so the zone is ")
                    .append(d.maxMin().objective() >= 0 ? "not empty" : "empty").append(".\n");
        }
        if (!packages.isEmpty()) {
            List<String> inZone = packages.stream().filter(v -> v.unblocked()
                    && veto.stream().allMatch(v.acceptedBy()::contains)).map(PackageVerdict::id).toList();
            b.append("- Named packages in the zone: ").append(inZone.isEmpty() ? "none" : String.join(", ", inZone))
                    .append(".\n");
            for (PackageVerdict v : packages) {
                b.append("- ").append(v.name() == null ? v.id() : v.name() + " [" + v.id() + "]").append(": ");
                if (v.unblocked()) {
                    b.append("every veto party accepts it");
                } else {
                    List<String> parts = new ArrayList<>();
                    for (String id : v.blockedBy()) {
                        double u = v.utilities().get(id);
                        double rv = s.actor(id).orElseThrow().reservation();
                        parts.add(label(s, id) + " (utility " + Decimals.fixed(u, 1) + ", " + Decimals.fixed(rv - u, 1)
                                + " below its no-deal value " + Decimals.fixed(rv, 1) + ")");
                    }
                    b.append("rejected, and so blocked, by ").append(String.join(" and ", parts));
                }
                b.append(".\n");
                Repair r = v.repair();
                if (r != null && !v.unblocked()) {
                    b.append("  ").append(repairWords(s, v, r)).append('\n');
                } else if (r == null && !v.unblocked()) {
                    b.append("  (The nearest acceptable variant is computed under linear loss only.)\n");
                }
            }
        }
        ContinuousSolution nash = d.continuous() == null ? null : d.continuous().get("nash");
        if (nash != null) {
            b.append("- Nash point (continuous, d = no-deal values): ").append(terms(nash.outcome()))
                    .append("; utilities ").append(terms(nash.utilities())).append(".\n");
        }
        SolutionPoint<Double> grid = d.solutions().get("nash");
        if (grid != null) {
            b.append("  Best grid point: ").append(terms(grid.outcome())).append("; utilities ")
                    .append(terms(grid.utilities())).append(".\n");
        } else if (nash == null) {
            b.append("- Nash point: none, since no package gives every veto party more than its no-deal value.\n");
        }
        return b.toString();
    }

    private static String repairWords(Scenario s, PackageVerdict v, Repair r) {
        if (!r.exists()) {
            return r.statement() + ".";
        }
        List<String> changes = new ArrayList<>();
        for (String id : r.changed()) {
            changes.add(id + " " + Decimals.fixed(v.outcome().get(id), 1) + " -> "
                    + Decimals.fixed(r.outcome().get(id), 1));
        }
        List<String> utils = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (Map.Entry<String, Double> e : r.margins().entrySet()) {
            if (s.actor(e.getKey()).orElseThrow().veto()) {
                utils.add(e.getKey() + " " + Decimals.fixed(r.utilities().get(e.getKey()), 1) + " ("
                        + Decimals.signed(e.getValue(), 1) + ")");
            } else if (e.getValue() < 0) {
                others.add(e.getKey());
            }
        }
        return "Nearest variant every veto party accepts: " + String.join(", ", changes) + " (distance "
                + Decimals.fixed(r.distance(), 1) + "). Veto parties then: " + String.join(", ", utils) + "."
                + (others.isEmpty() ? "" : " Still below their no-deal value: " + String.join(", ", others) + ".");
    }

    private static String label(Scenario s, String id) {
        return s.actor(id).map(a -> a.label().equals(id) ? id : a.label() + " (" + id + ")").orElse(id);
    }

    private static String terms(Map<String, Double> values) {
        List<String> parts = new ArrayList<>();
        values.forEach((k, x) -> parts.add(k + " " + Decimals.fixed(x, 1)));
        return String.join(", ", parts);
    }
}
