package org.parley.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scenario;
import org.parley.core.text.Decimals;
import org.parley.core.uncertainty.Sweep;
import org.parley.core.uncertainty.UncertaintyDigest;
import org.parley.core.uncertainty.UncertaintyDigest.DecidingMargin;
import org.parley.core.uncertainty.UncertaintyDigest.KeyJudgement;
import org.parley.core.uncertainty.UncertaintyWords;
import org.parley.report.chart.Key;
import org.parley.report.chart.Marker;
import org.parley.report.chart.Palette;
import org.parley.report.chart.RowChart;

/**
 * How sure the conclusions are ({@code Analysis.uncertainty}, core.uncertainty.UncertaintyDigest): each package's
 * chance that each veto party and all of them accept it over the draws of the judgements, with the verdict at the
 * central values; the tornado of the verdicts (each package's deciding margin as each key judgement moves over its
 * range) with the break-even values in words; and the 80 % interval of each issue's forecast.
 */
final class UncertaintySection implements Section<ReportInput> {

    /** The tornado's colours: the judgement at its low and at its high value. */
    static final String LOW = "#0072B2";
    static final String HIGH = "#E69F00";
    private static final String ALL = "#333333";

    @Override
    public String id() {
        return "how-sure";
    }

    @Override
    public String title() {
        return "How sure";
    }

    @Override
    public boolean applies(ReportInput in) {
        return in.analysis().uncertainty() != null;
    }

    @Override
    public void render(ReportInput in, Html out) {
        UncertaintyDigest d = in.analysis().uncertainty();
        out.note(d.draws() + " draws of the judgements under the " + d.model() + " model (seed " + d.seed() + ")"
                + (d.notes().isEmpty() ? "" : "; " + String.join("; ", d.notes())) + ". Each chance is the share of "
                + "draws in which it holds; the verdicts at the central values are those of the sections above.");
        if (!d.packages().isEmpty()) {
            out.h3("chances", "How likely each package passes");
            chances(in, d, out);
        }
        if (!d.judgements().isEmpty()) {
            out.h3("judgements", "The judgements that decide");
            tornado(d, out);
        }
        if (!d.forecasts().isEmpty()) {
            out.h3("intervals", "How far the forecasts move");
            intervals(in.scenario(), d, out);
        }
    }

    private static void chances(ReportInput in, UncertaintyDigest d, Html out) {
        List<RowChart.Row> rows = new ArrayList<>();
        List<String> veto = in.analysis().scenario().vetoParties();
        for (Sweep.PackageChance p : d.packages()) {
            String group = p.name() + " [" + p.id() + "]: " + (p.centralAccepted() ? "accepted" : "blocked")
                    + " at the central values";
            for (Map.Entry<String, Double> e : p.accepts().entrySet()) {
                Double margin = p.centralMargins().get(e.getKey());
                int k = veto.indexOf(e.getKey());
                rows.add(new RowChart.Row(group, e.getKey() + " accepts", List.of(new RowChart.Span(0,
                        100 * e.getValue(), k < 0 ? Palette.GREY : Palette.actor(k), 12)), List.of(),
                        UncertaintyWords.percent(e.getValue()) + (margin == null ? "" : " (central margin "
                        + Decimals.signed(margin, 1) + ")")));
            }
            rows.add(new RowChart.Row(group, "every veto party accepts", List.of(new RowChart.Span(0,
                    100 * p.allAccept(), ALL, 12)), List.of(new RowChart.Mark(100 * p.allAccept(), Marker.DIAMOND,
                    p.centralAccepted() ? "#009E73" : "#FFFFFF", p.centralAccepted() ? Palette.INK : "#D55E00")),
                    UncertaintyWords.percent(p.allAccept())));
        }
        List<Key> keys = new ArrayList<>();
        for (int k = 0; k < veto.size(); k++) {
            keys.add(Key.area(Palette.actor(k), null, veto.get(k)));
        }
        keys.add(Key.area(ALL, null, "every veto party"));
        keys.add(Key.mark(Marker.DIAMOND, "#009E73", Palette.INK, "accepted at the central values"));
        keys.add(Key.mark(Marker.DIAMOND, "#FFFFFF", "#D55E00", "blocked at the central values"));
        out.figure(new RowChart("acceptance-chances", "Chance of acceptance over " + d.draws() + " draws", rows, 0,
                100, "Share of draws (%)", List.of(), keys), "One group per package: the share of draws in which "
                + "each veto party accepts it (its utility at least its no-deal value), and in which all of them do; "
                + "the diamond gives the verdict at the central values, the note each party's margin there");
        out.raw("<ul class=\"findings\">\n");
        d.packages().forEach(p -> out.el("li", UncertaintyWords.acceptance(p)));
        if (d.zone() != null) {
            out.el("li", UncertaintyWords.zone(d.zone()));
        }
        out.raw("</ul>\n");
    }

    private static void tornado(UncertaintyDigest d, Html out) {
        boolean drawn = d.judgements().stream().allMatch(j -> j.low() != null && !j.swings().isEmpty());
        if (drawn) {
            List<RowChart.Row> rows = new ArrayList<>();
            double limit = 1;
            for (DecidingMargin first : d.judgements().get(0).swings()) {
                String pkg = first.packageId();
                String group = pkg + ": deciding margin " + Decimals.signed(first.central(), 1) + " ("
                        + first.centralParty() + ") at the central values";
                for (KeyJudgement j : d.judgements()) {
                    DecidingMargin m = j.swings().stream().filter(s -> s.packageId().equals(pkg)).findFirst()
                            .orElse(null);
                    if (m == null) {
                        continue;
                    }
                    limit = Math.max(limit, Math.max(Math.abs(m.atLow()), Math.abs(m.atHigh())));
                    limit = Math.max(limit, Math.abs(m.central()));
                    rows.add(new RowChart.Row(group, j.input(), List.of(
                            new RowChart.Span(m.central(), m.atLow(), LOW, 12),
                            new RowChart.Span(m.central(), m.atHigh(), HIGH, 12)),
                            List.of(new RowChart.Mark(m.central(), Marker.BAR, Palette.INK, null)),
                            "low " + Decimals.upTo(j.low(), 3) + ": " + Decimals.signed(m.atLow(), 1) + " ("
                            + m.lowParty() + "); high " + Decimals.upTo(j.high(), 3) + ": "
                            + Decimals.signed(m.atHigh(), 1) + " (" + m.highParty() + ")"));
                }
            }
            double edge = Math.ceil(limit / 5) * 5;
            out.figure(new RowChart("verdict-tornado", "What moves each verdict", rows, -edge, edge,
                    "Deciding margin (utility points over the no-deal value, 0-100 scale)",
                    List.of(new RowChart.Rule(0, Palette.INK, 4)), List.of(
                    Key.area(LOW, null, "the judgement at its low value"),
                    Key.area(HIGH, null, "at its high value"),
                    Key.mark(Marker.BAR, Palette.INK, null, "central values"),
                    Key.line(Palette.INK, true, "0: right of it every veto party accepts"))),
                    "One group per package, one row per key judgement: the package's deciding margin (the smallest "
                    + "margin of any veto party over its no-deal value; the package passes when it is at least 0) "
                    + "with the judgement at its low and at its high value, every other judgement central. A bar "
                    + "that crosses the dashed line flips the verdict within the judgement's range; the note names "
                    + "the deciding party at each end");
        } else {
            out.note("This run was recorded before Parley kept each judgement's tornado; run it again (parley runs "
                    + "rerun) to draw it. The judgements in words:");
        }
        out.raw("<ol class=\"findings\">\n");
        d.judgements().forEach(j -> out.el("li", UncertaintyWords.judgement(j)));
        out.raw("</ol>\n");
    }

    private static void intervals(Scenario s, UncertaintyDigest d, Html out) {
        List<RowChart.Row> rows = new ArrayList<>();
        for (Sweep.IssueSpread f : d.forecasts()) {
            Issue issue = s.issue(f.issue()).orElse(null);
            if (issue == null) {
                continue;
            }
            rows.add(new RowChart.Row(null, f.issue(), List.of(
                    new RowChart.Span(pct(issue, f.p95().low()), pct(issue, f.p95().high()), "#C6DBEF", 6),
                    new RowChart.Span(pct(issue, f.p80().low()), pct(issue, f.p80().high()), "#0072B2", 12)),
                    List.of(new RowChart.Mark(pct(issue, f.central()), Marker.DIAMOND, Palette.INK, null)),
                    "80 %: " + Decimals.fixed(f.p80().low(), 1) + " to " + Decimals.fixed(f.p80().high(), 1)
                    + " (central " + Decimals.fixed(f.central(), 1) + ")"));
        }
        out.figure(new RowChart("forecast-intervals", "The " + d.model() + " forecast over " + d.draws()
                + " draws", rows, 0, 100, "Forecast (% of the issue's scale)", List.of(), List.of(
                Key.area("#0072B2", null, "80 % of draws"), Key.area("#C6DBEF", null, "95 % of draws"),
                Key.mark(Marker.DIAMOND, Palette.INK, null, "forecast at the central values"))),
                "Per issue, the range that holds the middle 80 % (dark) and 95 % (pale) of the forecasts when "
                + "the judgements are drawn, as a share of the issue's scale; the note gives it in the issue's units");
        out.raw("<ul class=\"findings\">\n");
        d.forecasts().forEach(f -> out.el("li", UncertaintyWords.interval(s, f)));
        out.raw("</ul>\n");
    }

    private static double pct(Issue issue, double x) {
        return issue.scale().toPercent(x);
    }
}
