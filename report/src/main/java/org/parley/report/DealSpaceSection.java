package org.parley.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.core.deals.ContinuousSolution;
import org.parley.core.deals.DealSpaceResult;
import org.parley.core.deals.DealSpaceWords;
import org.parley.core.deals.PackageVerdict;
import org.parley.core.deals.PairFrontier;
import org.parley.core.deals.PairCurve;
import org.parley.core.deals.Repair;
import org.parley.core.deals.SolutionPoint;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Scenario;
import org.parley.core.text.Decimals;
import org.parley.report.chart.HeatMap;
import org.parley.report.chart.Key;
import org.parley.report.chart.Marker;
import org.parley.report.chart.PairChart;
import org.parley.report.chart.Palette;
import org.parley.report.chart.PointMark;

/**
 * The deal space: the actors x packages acceptance map (each package's margin over each actor's no-deal value), and
 * the deal space seen by each pair of veto parties (the pairs the analysis viewed, {@code deals.pair_frontiers}, or
 * the pair asked for): the Pareto frontier, the zone of agreement shaded, the packages, their repairs and the
 * bargaining solutions, with the min-difference point marked when it lies outside the zone.
 */
final class DealSpaceSection implements Section<ReportInput> {

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
        return !in.analysis().packages().isEmpty() || in.analysis().deals() != null;
    }

    @Override
    public void render(ReportInput in, Html out) {
        Scenario s = in.scenario();
        List<PackageVerdict> verdicts = in.analysis().packages();
        if (!verdicts.isEmpty()) {
            out.h3("acceptance", "Who accepts each package");
            acceptance(s, verdicts, out);
        }
        List<String[]> pairs = pairs(in);
        if (pairs.isEmpty() && in.analysis().deals() != null) {
            out.note("This result was recorded before Parley drew the deal space pair by pair; run the analysis "
                    + "again (parley runs rerun) to see the frontier and the zone of agreement here.");
        }
        if (!pairs.isEmpty()) {
            out.h3("veto-pairs", in.pair() == null ? "The deal space seen by each pair of veto parties"
                    : "The deal space seen by " + in.pair().get(0) + " and " + in.pair().get(1));
            pairsIntro(in, out);
            out.raw("<div class=\"figures\">\n");
            for (String[] p : pairs) {
                pairFigure(in, p[0], p[1], out);
            }
            out.raw("</div>\n");
            DealSpaceResult<Double> d = in.analysis().deals();
            if (d != null) {
                out.raw("<ul class=\"findings\">\n");
                for (String[] p : pairs) {
                    frontier(d, p[0], p[1]).ifPresent(f -> out.el("li", DealSpaceWords.pair(f, d)));
                }
                String md = DealSpaceWords.minDifference(d);
                if (!md.isEmpty()) {
                    out.el("li", md);
                }
                out.raw("</ul>\n");
            }
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
        out.figure(new HeatMap("acceptance-map", "Acceptance: margin over the no-deal value", actors, packages, m,
                labels, true, -limit, limit, "Actor (* veto)", "Package", "margin (utility points, 0-100 scale)"),
                "Each package's margin over each actor's no-deal value. Blue: the actor accepts (utility at least "
                + "its no-deal value); orange: it rejects; n/a: no no-deal value given");
        List<List<String>> rows = new ArrayList<>();
        for (PackageVerdict v : verdicts) {
            rows.add(List.of(Html.esc(v.label() + " [" + v.id() + "]"), v.acceptedBy().size() + " of " + v.judged(),
                    Html.esc(join(v.rejectedBy())), Html.esc(join(v.blockedBy()))));
        }
        out.table("acceptance", List.of("package", "accepted by", "rejected by", "blocked by (veto)"), rows);
    }

    /** The pair asked for, else every pair the deal-space analysis viewed. */
    private static List<String[]> pairs(ReportInput in) {
        if (in.pair() != null && in.pair().size() == 2) {
            return List.<String[]>of(new String[] {in.pair().get(0), in.pair().get(1)});
        }
        DealSpaceResult<Double> d = in.analysis().deals();
        List<String[]> out = new ArrayList<>();
        if (d != null) {
            d.pairFrontiers().forEach(p -> out.add(new String[] {p.first(), p.second()}));
        }
        return out;
    }

    private static void pairsIntro(ReportInput in, Html out) {
        DealSpaceResult<Double> d = in.analysis().deals();
        String grid = d == null ? "" : " on the grid of " + d.params().grid() + " values per issue";
        out.note("A deal needs the signature of " + String.join(", ", in.analysis().scenario().vetoParties())
                + ". Each chart shows the deal space as two of them see it: their utilities (0-100) on the axes, "
                + "the Pareto frontier" + grid + " (no deal is better for both), the zone of agreement shaded (the "
                + "utilities both can reach while every veto party gets at least its no-deal value), the no-deal "
                + "values as dashed lines, the packages, each blocked package's nearest variant that every veto "
                + "party accepts (its repair, hollow, joined to it), and the bargaining solutions (black). "
                + "Labels that find no room beside their point are numbered and explained in the legend.");
    }

    private static java.util.Optional<PairFrontier> frontier(DealSpaceResult<Double> d, String a, String b) {
        return d == null ? java.util.Optional.empty()
                : d.pairFrontiers().stream().filter(p -> p.joins(a, b)).findFirst();
    }

    private static void pairFigure(ReportInput in, String a, String b, Html out) {
        Scenario s = in.scenario();
        DealSpaceResult<Double> d = in.analysis().deals();
        Actor x = s.actor(a).orElseThrow();
        Actor y = s.actor(b).orElseThrow();
        PairFrontier f = frontier(d, a, b).orElse(null);
        boolean swap = f != null && !f.first().equals(a);
        List<double[]> frontier = f == null ? List.of() : points(f.frontier(), swap);
        List<double[]> zone = f == null ? List.of() : points(f.zone(), swap);
        List<PointMark> points = new ArrayList<>();
        List<double[]> links = new ArrayList<>();
        List<String> linkColours = new ArrayList<>();
        List<Key> keys = new ArrayList<>();
        if (f != null) {
            keys.add(Key.line(PairChart.FRONTIER, false, "Pareto frontier"));
            keys.add(Key.area(PairChart.ZONE, null, "zone of agreement"));
        }
        keys.add(Key.line(Palette.MUTED, true, "no-deal values"));
        List<PackageVerdict> verdicts = in.analysis().packages();
        List<PointMark> repairs = new ArrayList<>();
        for (int k = 0; k < verdicts.size(); k++) {
            PackageVerdict v = verdicts.get(k);
            Double u = v.utilities().get(a);
            Double w = v.utilities().get(b);
            if (u == null || w == null) {
                continue;
            }
            points.add(new PointMark(v.id(), u, w, Marker.CIRCLE, Marks.pkg(k), Palette.INK));
            keys.add(Key.mark(Marker.CIRCLE, Marks.pkg(k), Palette.INK, v.id()));
            Repair r = v.repair();
            if (r != null && r.utilities().containsKey(a) && r.utilities().containsKey(b)) {
                double ru = r.utilities().get(a);
                double rw = r.utilities().get(b);
                repairs.add(new PointMark(v.id() + (r.exists() ? " repaired" : " nearest miss"), ru, rw,
                        Marker.CIRCLE, "#FFFFFF", Marks.pkg(k)));
                links.add(new double[] {u, w, ru, rw});
                linkColours.add(Marks.pkg(k));
            }
        }
        if (!repairs.isEmpty()) {
            keys.add(Key.mark(Marker.CIRCLE, "#FFFFFF", Palette.INK, "repair (hollow)"));
        }
        List<PointMark> solutions = new ArrayList<>();
        if (d != null) {
            Map<String, ContinuousSolution> continuous = d.continuous() == null ? Map.of() : d.continuous();
            if (!continuous.isEmpty()) {
                continuous.forEach((name, c) -> solution(name, c.utilities(), a, b, solutions, keys));
            } else {
                d.solutions().forEach((name, p) -> {
                    if (!name.equals("min_difference")) {
                        solution(name, p.utilities(), a, b, solutions, keys);
                    }
                });
            }
            SolutionPoint<Double> md = d.solutions().get("min_difference");
            if (md != null && md.utilities().containsKey(a) && md.utilities().containsKey(b)) {
                boolean inside = DealSpaceWords.inZone(md.utilities(), d.reservationValues());
                String label = "min difference" + (inside ? "" : " (outside the zone)");
                solutions.add(new PointMark(label, md.utilities().get(a), md.utilities().get(b), Marker.SQUARE,
                        "#FFFFFF", Palette.INK));
                keys.add(Key.mark(Marker.SQUARE, "#FFFFFF", Palette.INK, label));
            }
        }
        points.addAll(solutions);
        points.addAll(repairs);
        String id = "deal-space-" + ForecastSection.slug(a) + "-" + ForecastSection.slug(b);
        String note = (f == null && d != null ? "The frontier and the zone are computed among the veto parties ("
                + String.join(", ", d.parties()) + ") only, so this pair shows the packages alone. " : "")
                + "Solutions " + (d != null && d.continuous() != null && !d.continuous().isEmpty()
                ? "over the continuous issue space; the frontier and the zone on the grid" : "on the grid");
        out.figure(new PairChart(id, a + " and " + b, "Utility of " + x.label() + " (" + a + ")",
                "Utility of " + y.label() + " (" + b + ")", x.reservation(), y.reservation(), frontier, zone, links,
                linkColours, points, keys, 0, 100), note);
    }

    private static void solution(String name, Map<String, Double> u, String a, String b, List<PointMark> out,
                                 List<Key> keys) {
        if (u.containsKey(a) && u.containsKey(b)) {
            out.add(new PointMark(Marks.solutionName(name), u.get(a), u.get(b), Marks.solution(name), Palette.INK,
                    null));
            keys.add(Key.mark(Marks.solution(name), Palette.INK, null, Marks.solutionName(name)));
        }
    }

    /** The points as {x, y}, x descending (a swapped pair is read backwards to keep that order). */
    private static List<double[]> points(PairCurve c, boolean swap) {
        int n = c.size();
        List<double[]> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            int q = swap ? n - 1 - k : k;
            double a = c.first().get(q);
            double b = c.second().get(q);
            out.add(swap ? new double[] {b, a} : new double[] {a, b});
        }
        return out;
    }

    private static String join(List<String> ids) {
        return ids.isEmpty() ? "-" : String.join(", ", ids);
    }
}
