package org.parley.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.core.deals.DealSpaceResult;
import org.parley.core.deals.PackageVerdict;
import org.parley.core.deals.ScenarioGrid;
import org.parley.core.text.Decimals;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Scenario;
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
        return !in.analysis().packages().isEmpty();
    }

    @Override
    public void render(ReportInput in, Html out) {
        Scenario s = in.scenario();
        List<PackageVerdict> verdicts = in.analysis().packages();
        acceptance(s, verdicts, out);
        List<String> pair = pair(in);
        if (pair.size() == 2) {
            scatter(in, verdicts, pair, out);
        }
    }

    private static void acceptance(Scenario s, List<PackageVerdict> verdicts, Html out) {
        List<String> actors = s.actors().stream().map(a -> a.id() + (a.veto() ? "*" : "")).toList();
        List<String> packages = verdicts.stream().map(PackageVerdict::id).toList();
        double[][] m = new double[actors.size()][packages.size()];
        String[][] labels = new String[actors.size()][packages.size()];
        double limit = 1;
        for (int i = 0; i < s.actors().size(); i++) {
            for (int k = 0; k < verdicts.size(); k++) {
                Double margin = verdicts.get(k).margins().get(s.actors().get(i).id());
                m[i][k] = margin == null ? Double.NaN : margin;
                labels[i][k] = margin == null ? "n/a" : Decimals.signed(margin, 1);
                limit = margin == null ? limit : Math.max(limit, Math.abs(margin));
            }
        }
        limit = Math.ceil(limit / 10) * 10;
        out.figure(new HeatMap("acceptance-map", "Acceptance: each package's margin over each actor's no-deal value",
                actors, packages, m, labels, true, -limit, limit, "Actor (* veto)", "Package",
                "margin (utility points, 0-100 scale)"), "Blue: the actor accepts (utility at least its no-deal "
                + "value); orange: it rejects; n/a: no no-deal value given");
        List<List<String>> rows = new ArrayList<>();
        for (PackageVerdict v : verdicts) {
            rows.add(List.of(Html.esc(v.label() + " [" + v.id() + "]"), v.acceptedBy().size() + " of " + v.judged(),
                    Html.esc(join(v.rejectedBy())), Html.esc(join(v.blockedBy()))));
        }
        out.table("acceptance", List.of("package", "accepted by", "rejected by", "blocked by (veto)"), rows);
    }

    /** The pair asked for, else the first two of the parties whose signature a deal needs. */
    private static List<String> pair(ReportInput in) {
        if (in.pair() != null && !in.pair().isEmpty()) {
            return in.pair();
        }
        int[] veto = ScenarioGrid.vetoParties(in.scenario());
        return veto.length < 2 ? List.of() : List.of(in.scenario().actors().get(veto[0]).id(),
                in.scenario().actors().get(veto[1]).id());
    }

    private static void scatter(ReportInput in, List<PackageVerdict> verdicts, List<String> pair, Html out) {
        String a = pair.get(0);
        String b = pair.get(1);
        List<Point> points = new ArrayList<>();
        for (PackageVerdict v : verdicts) {
            points.add(new Point(v.id(), v.utilities().get(a), v.utilities().get(b)));
        }
        DealSpaceResult<Double> deals = in.analysis().deals();
        List<Point> frontier = new ArrayList<>();
        List<Point> solutions = new ArrayList<>();
        if (deals != null) {
            if (deals.pareto().frontier() != null) {
                deals.pareto().frontier().forEach(p -> add(frontier, "", p.utilities(), a, b));
            }
            deals.solutions().forEach((name, p) -> add(solutions, name.replace('_', ' '), p.utilities(), a, b));
        }
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

    private static void add(List<Point> out, String label, Map<String, Double> u, String a, String b) {
        if (u.containsKey(a) && u.containsKey(b)) {
            out.add(new Point(label, u.get(a), u.get(b)));
        }
    }

    private static String join(List<String> ids) {
        return ids.isEmpty() ? "-" : String.join(", ", ids);
    }
}
