package org.parley.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.core.deals.ContinuousPoint;
import org.parley.core.deals.PackageVerdict;
import org.parley.core.deals.Repair;
import org.parley.core.deals.ScenarioDeals;
import org.parley.core.deals.Solution;
import org.parley.core.scenario.Scenario;

/** The deal space of a scenario in plain words: the zone, who blocks each package, its repair, the Nash point. */
final class ScenarioDealsText {

    private ScenarioDealsText() {
    }

    static String render(Scenario s, ScenarioDeals sd) {
        StringBuilder b = new StringBuilder();
        List<String> veto = sd.vetoParties();
        b.append("Deal space among the parties whose signature is needed (").append(String.join(", ", veto))
                .append("), ").append(sd.grid()).append(" values per issue (").append(sd.report().outcomes())
                .append(" packages)\n");
        if (sd.report().zopa() != null) {
            if (sd.report().zopa().empty()) {
                b.append("- Zone of agreement: empty; no grid package gives every one of them its no-deal value.\n");
            } else {
                b.append(String.format(Locale.ROOT, "- Zone of agreement: %d packages (%.2f%% of the grid) give every "
                        + "one of them at least its no-deal value.%n", sd.report().zopa().outcomes(),
                        100 * sd.report().zopa().share()));
            }
        }
        if (sd.maxMin() != null) {
            b.append(String.format(Locale.ROOT, "- Over the continuous issue space the best worst-off margin is %+.1f "
                    + "points, so the zone is %s.%n", sd.maxMin().objective(),
                    sd.maxMin().objective() >= 0 ? "not empty" : "empty"));
        }
        if (sd.review() != null) {
            List<String> inZone = new ArrayList<>();
            for (PackageVerdict v : sd.review().packages()) {
                if (v.blockedBy().isEmpty() && veto.stream().allMatch(v.acceptedBy()::contains)) {
                    inZone.add(v.id());
                }
            }
            b.append("- Named packages in the zone: ").append(inZone.isEmpty() ? "none" : String.join(", ", inZone))
                    .append(".\n");
            for (PackageVerdict v : sd.review().packages()) {
                b.append("- ").append(v.name() == null ? v.id() : v.name() + " [" + v.id() + "]").append(": ");
                if (v.blockedBy().isEmpty()) {
                    b.append("every veto party accepts it");
                } else {
                    List<String> parts = new ArrayList<>();
                    for (String id : v.blockedBy()) {
                        double u = v.utilities().get(id);
                        double rv = s.actor(id).orElseThrow().reservation();
                        parts.add(String.format(Locale.ROOT, "%s (utility %.1f, %.1f below its no-deal value %.1f)",
                                label(s, id), u, rv - u, rv));
                    }
                    b.append("rejected, and so blocked, by ")
                            .append(String.join(" and ", parts));
                }
                b.append(".\n");
                Repair r = sd.repairs().get(v.id());
                if (r != null && !v.blockedBy().isEmpty()) {
                    b.append("  ").append(repairWords(s, v, r)).append('\n');
                } else if (r == null && !v.blockedBy().isEmpty()) {
                    b.append("  (The nearest acceptable variant is computed under linear loss only.)\n");
                }
            }
        }
        ContinuousPoint nash = sd.continuous().get("nash");
        if (nash != null) {
            b.append("- Nash point (continuous, d = no-deal values): ").append(terms(s, nash.outcome()))
                    .append("; utilities ").append(utilities(veto, nash.utilities())).append(".\n");
        }
        Solution grid = sd.report().solutions().get("nash");
        if (grid != null) {
            double[] o = new double[s.issues().size()];
            int[] w = grid.point().outcome();
            for (int d = 0; d < o.length; d++) {
                var sc = s.issues().get(d).scale();
                o[d] = sc.min() + (sc.max() - sc.min()) * w[d] / (sd.grid() - 1);
            }
            b.append("  Best grid point: ").append(terms(s, o)).append("; utilities ")
                    .append(utilities(veto, grid.point().utilities())).append(".\n");
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
            changes.add(String.format(Locale.ROOT, "%s %s -> %s", id, TextTable.one(v.outcome().get(id)),
                    TextTable.one(r.outcome().get(id))));
        }
        List<String> utils = new ArrayList<>();
        for (Map.Entry<String, Double> e : r.margins().entrySet()) {
            if (s.actor(e.getKey()).orElseThrow().veto()) {
                utils.add(String.format(Locale.ROOT, "%s %.1f (%+.1f)", e.getKey(), r.utilities().get(e.getKey()),
                        e.getValue()));
            }
        }
        List<String> others = new ArrayList<>();
        r.margins().forEach((id, m) -> {
            if (!s.actor(id).orElseThrow().veto() && m < 0) {
                others.add(id);
            }
        });
        return String.format(Locale.ROOT, "Nearest variant every veto party accepts: %s (distance %.1f). "
                + "Veto parties then: %s.%s", String.join(", ", changes), r.distance(), String.join(", ", utils),
                others.isEmpty() ? "" : " Still below their no-deal value: " + String.join(", ", others) + ".");
    }

    private static String label(Scenario s, String id) {
        return s.actor(id).map(a -> a.label().equals(id) ? id : a.label() + " (" + id + ")").orElse(id);
    }

    private static String terms(Scenario s, double[] o) {
        List<String> parts = new ArrayList<>();
        for (int d = 0; d < o.length; d++) {
            parts.add(s.issues().get(d).id() + " " + TextTable.one(o[d]));
        }
        return String.join(", ", parts);
    }

    private static String utilities(List<String> parties, double[] u) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < parties.size(); k++) {
            parts.add(parties.get(k) + " " + TextTable.one(u[k]));
        }
        return String.join(", ", parts);
    }
}
