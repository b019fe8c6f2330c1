package org.parley.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Scenario;
import org.parley.report.chart.Fmt;
import org.parley.report.chart.HeatMap;
import org.parley.report.chart.ScatterChart;
import org.parley.report.chart.ScatterChart.Point;

/**
 * The deal space: the actors x packages acceptance map (margin of each package over each actor's no-deal value),
 * and the packages in the utility space of a pair of parties. When the result carries a deal-space analysis, the
 * scatter also marks its bargaining solutions ({@code deals.solutions}: name -> utilities) and, when listed, its
 * Pareto frontier ({@code deals.pareto.frontier}: a list of {@code {utilities}}).
 */
final class DealSpaceSection implements Section {

    @Override
    public String id() {
        return "deal-space";
    }

    @Override
    public String title() {
        return "Deal space";
    }

    @Override
    public boolean applies(ReportInput in) {
        return !Results.verdicts(in.result()).isEmpty();
    }

    @Override
    public void render(ReportInput in, Html out) {
        Scenario s = in.scenario();
        List<JsonNode> verdicts = Results.verdicts(in.result());
        acceptance(s, verdicts, out);
        List<String> pair = pair(in);
        if (pair.size() == 2) {
            scatter(in, verdicts, pair, out);
        }
    }

    private static void acceptance(Scenario s, List<JsonNode> verdicts, Html out) {
        List<String> actors = s.actors().stream().map(a -> a.id() + (a.veto() ? "*" : "")).toList();
        List<String> packages = verdicts.stream().map(v -> v.get("id").asText()).toList();
        double[][] m = new double[actors.size()][packages.size()];
        String[][] labels = new String[actors.size()][packages.size()];
        double limit = 1;
        for (int i = 0; i < s.actors().size(); i++) {
            for (int k = 0; k < verdicts.size(); k++) {
                JsonNode margin = verdicts.get(k).path("margins").get(s.actors().get(i).id());
                m[i][k] = margin == null ? Double.NaN : margin.asDouble();
                labels[i][k] = margin == null ? "n/a" : Fmt.signed(margin.asDouble());
                limit = margin == null ? limit : Math.max(limit, Math.abs(margin.asDouble()));
            }
        }
        limit = Math.ceil(limit / 10) * 10;
        out.figure(new HeatMap("acceptance-map", "Acceptance: each package's margin over each actor's no-deal value",
                actors, packages, m, labels, true, -limit, limit, "Actor (* veto)", "Package",
                "margin (utility points, 0-100 scale)"), "Blue: the actor accepts (utility at least its no-deal "
                + "value); orange: it rejects; n/a: no no-deal value given");
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode v : verdicts) {
            int accepted = v.path("accepted_by").size();
            int judged = accepted + v.path("rejected_by").size();
            rows.add(List.of(Html.esc(v.path("name").asText(v.get("id").asText()) + " [" + v.get("id").asText()
                    + "]"), accepted + " of " + judged, Html.esc(join(v.path("rejected_by"))),
                    Html.esc(join(v.path("blocked_by")))));
        }
        out.table("acceptance", List.of("package", "accepted by", "rejected by", "blocked by (veto)"), rows);
    }

    private static List<String> pair(ReportInput in) {
        if (in.pair() != null && !in.pair().isEmpty()) {
            return in.pair();
        }
        List<String> veto = in.scenario().actors().stream().filter(Actor::veto).map(Actor::id).toList();
        List<String> all = in.scenario().actors().stream().map(Actor::id).toList();
        return veto.size() >= 2 ? veto.subList(0, 2) : all.size() >= 2 ? all.subList(0, 2) : List.of();
    }

    private static void scatter(ReportInput in, List<JsonNode> verdicts, List<String> pair, Html out) {
        String a = pair.get(0);
        String b = pair.get(1);
        List<Point> points = new ArrayList<>();
        for (JsonNode v : verdicts) {
            points.add(new Point(v.get("id").asText(), v.path("utilities").path(a).asDouble(),
                    v.path("utilities").path(b).asDouble()));
        }
        JsonNode deals = in.result().path("deals");
        List<Point> frontier = points(deals.path("pareto").path("frontier"), a, b);
        List<Point> solutions = points(deals.path("solutions"), a, b);
        Actor x = in.scenario().actor(a).orElseThrow();
        Actor y = in.scenario().actor(b).orElseThrow();
        out.figure(new ScatterChart("utility-" + ForecastSection.slug(a) + "-" + ForecastSection.slug(b),
                "Packages in the utility space of " + a + " and " + b, points, x.reservation(), y.reservation(),
                frontier, solutions, "Utility of " + x.label() + " (0-100)", "Utility of " + y.label() + " (0-100)",
                0, 100), "Dashed lines: their no-deal values; a package above and right of both is acceptable to "
                + "both" + (solutions.isEmpty() ? ". The bargaining solutions are drawn here when the deal-space "
                + "analysis has run" : ". Black squares: the bargaining solutions of the deal-space analysis among the "
                + "veto parties, on its grid"));
    }

    /**
     * Points from a list of {@code {label, utilities}} or, as the deal-space analysis writes its solutions, a map of
     * {@code name -> {utilities}} (the name becomes the label).
     */
    private static List<Point> points(JsonNode listOrMap, String a, String b) {
        List<Point> out = new ArrayList<>();
        var entries = listOrMap.fields();
        if (listOrMap.isArray()) {
            for (JsonNode p : listOrMap) {
                add(out, p.path("label").asText(""), p.path("utilities"), a, b);
            }
        }
        while (entries.hasNext()) {
            var e = entries.next();
            add(out, e.getKey().replace('_', ' '), e.getValue().path("utilities"), a, b);
        }
        return out;
    }

    private static void add(List<Point> out, String label, JsonNode u, String a, String b) {
        if (u.has(a) && u.has(b)) {
            out.add(new Point(label, u.get(a).asDouble(), u.get(b).asDouble()));
        }
    }

    private static String join(JsonNode ids) {
        List<String> out = new ArrayList<>();
        ids.forEach(id -> out.add(id.asText()));
        return out.isEmpty() ? "-" : String.join(", ", out);
    }
}
