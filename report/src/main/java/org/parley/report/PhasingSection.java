package org.parley.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.core.phasing.Incentive;
import org.parley.core.phasing.IssueTiming;
import org.parley.core.phasing.PhaseResult;
import org.parley.core.phasing.PhaseStage;
import org.parley.core.phasing.PhaseVerdict;
import org.parley.core.phasing.PhasingReview;
import org.parley.core.phasing.PhasingWords;
import org.parley.core.phasing.ScheduleCheck;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scenario;
import org.parley.core.text.Decimals;
import org.parley.report.chart.Key;
import org.parley.report.chart.Marker;
import org.parley.report.chart.Palette;
import org.parley.report.chart.PlotPanels;
import org.parley.report.chart.PointMark;

/**
 * Whether each package can be phased ({@code Analysis.phasing}, core.phasing.PhasingReview): for each package as
 * given and for its nearest variant every veto party accepts, the verdict in words ({@link PhasingWords}); where a
 * self-enforcing schedule exists, the schedule (cumulative terms per issue by year, one panel per issue it moves) and
 * every party's slack per stage with the zero line and the binding stage marked; where none exists, who is tempted
 * at which stage and the hostage that would make one exist, in words.
 */
final class PhasingSection implements Section<ReportInput> {

    @Override
    public String id() {
        return "phasing";
    }

    @Override
    public String title() {
        return "Phasing";
    }

    @Override
    public boolean applies(ReportInput in) {
        return in.analysis().phasing() != null;
    }

    @Override
    public void render(ReportInput in, Html out) {
        PhasingReview review = in.analysis().phasing();
        out.note("Can each package be reached in " + review.stages() + " yearly stages that stay self-enforcing: at "
                + "every stage every party gains at least as much by going on as by defecting (its slack, in utility "
                + "points a year, is at least 0)? For a package a veto party blocks, the same for its nearest "
                + "variant every veto party accepts. docs/models/phasing.md explains the conditions.");
        for (PhasingReview.PackagePhasing p : review.packages()) {
            String label = in.scenario().pkg(p.packageId()).map(x -> x.label()).orElse(p.packageId());
            out.h3("phasing-" + ForecastSection.slug(p.packageId()), label);
            if (p.asGiven() == null) {
                p.sentences().forEach(out::note);
                continue;
            }
            result(in, p.asGiven(), "As given", out);
            if (p.repaired() != null) {
                result(in, p.repaired(), "Its nearest variant every veto party accepts", out);
            }
        }
    }

    private static void result(ReportInput in, PhaseResult r, String heading, Html out) {
        boolean holds = r.verdict() == PhaseVerdict.SELF_ENFORCING;
        List<String> words = new ArrayList<>(holds ? PhasingWords.summary(r) : List.of(PhasingWords.verdict(r)));
        if (!holds) {
            words.addAll(PhasingWords.temptation(r));
            words.addAll(PhasingWords.change(r));
            words.addAll(PhasingWords.powerShift(r.powerShift()));
        }
        out.raw("<p class=\"phase-heading\">").text(heading + " [" + r.packageId() + "]").raw("</p>\n");
        out.raw("<ul class=\"findings\">\n");
        words.forEach(w -> out.el("li", w));
        out.raw("</ul>\n");
        if (holds) {
            String slug = ForecastSection.slug(r.packageId());
            schedule(in.scenario(), r, slug, out);
            slack(in, r, slug, out);
        }
    }

    private static void schedule(Scenario s, PhaseResult r, String slug, Html out) {
        ScheduleCheck sc = r.schedule();
        List<PhaseStage> stages = sc.stages();
        double[] years = new double[stages.size()];
        for (int k = 0; k < years.length; k++) {
            years[k] = stages.get(k).year();
        }
        List<PlotPanels.Panel> panels = new ArrayList<>();
        List<String> still = new ArrayList<>();
        for (Issue issue : s.issues()) {
            IssueTiming t = sc.sequencing().stream().filter(x -> x.issue().equals(issue.id())).findFirst()
                    .orElse(null);
            if (t == null) {
                Double at = stages.get(0).terms().get(issue.id());
                still.add(issue.id() + (at == null ? "" : " at " + Decimals.upTo(at, 1)));
                continue;
            }
            double[] terms = new double[stages.size()];
            for (int k = 0; k < terms.length; k++) {
                terms[k] = stages.get(k).terms().get(issue.id());
            }
            String who = t.concededBy().isEmpty() ? "" : ", conceded by " + String.join(" and ", t.concededBy());
            panels.add(new PlotPanels.Panel(issue.id() + who, years[0], years[years.length - 1],
                    issue.scale().min(), issue.scale().max(), null, List.of(new PlotPanels.Series(issue.id(), years,
                    terms, "#0072B2", 2.2, 0, PlotPanels.Style.STEP)), List.of(), List.of()));
        }
        if (panels.isEmpty()) {
            return;
        }
        out.figure(new PlotPanels("schedule-" + slug, r.packageId() + ": the schedule", panels, 2, 380, 110,
                "Year (each stage's terms hold until the next stage)", true, List.of(
                Key.line("#0072B2", false, "the term after each stage, in the issue's units"))),
                "One panel per issue the schedule moves: the cumulative term after each yearly stage from "
                + year(years[0]) + " to " + year(years[years.length - 1])
                + ", drawn as steps (a term holds until the stage that changes it)"
                + (still.isEmpty() ? "" : "; it leaves " + String.join(", ", still) + " as they are"));
    }

    private static void slack(ReportInput in, PhaseResult r, String slug, Html out) {
        ScheduleCheck sc = r.schedule();
        List<String> veto = in.analysis().scenario().vetoParties();
        List<PlotPanels.Series> series = new ArrayList<>();
        List<Key> keys = new ArrayList<>();
        double lo = 0;
        double hi = 0.5;
        double first = sc.stages().get(1).year();
        double last = sc.stages().get(sc.stages().size() - 1).year();
        for (Map.Entry<String, List<Double>> e : sc.slack().entrySet()) {
            List<Double> v = e.getValue();
            double[] xs = new double[v.size()];
            double[] ys = new double[v.size()];
            for (int k = 0; k < v.size(); k++) {
                xs[k] = sc.stages().get(k + 1).year();
                ys[k] = v.get(k);
                lo = Math.min(lo, ys[k]);
                hi = Math.max(hi, ys[k]);
            }
            int h = veto.indexOf(e.getKey());
            String colour = h < 0 ? Palette.GREY : Palette.actor(h);
            series.add(new PlotPanels.Series(e.getKey(), xs, ys, colour, h < 0 ? 1.4 : 2.2, h < 0 ? 4 : 0,
                    PlotPanels.Style.LINE));
            keys.add(h < 0 ? Key.line(colour, true, e.getKey() + " (not a veto party)") : Key.line(colour, false,
                    e.getKey()));
        }
        keys.add(Key.line(Palette.INK, true, "0: going on and defecting are worth the same"));
        Incentive b = sc.binding();
        List<PointMark> marks = List.of(new PointMark(b.actor() + " binds",
                b.year(), b.slack(), Marker.DIAMOND, Palette.INK, null));
        keys.add(Key.mark(Marker.DIAMOND, Palette.INK, null, "the binding stage (smallest slack)"));
        double pad = (hi - lo) * 0.08;
        out.figure(new PlotPanels("slack-" + slug, r.packageId() + ": slack per stage", List.of(new PlotPanels.Panel(
                null, first, last, lo - pad, hi + pad, "Slack (utility points a year)", series,
                List.of(new PlotPanels.Rule(PlotPanels.Direction.HORIZONTAL, 0, Palette.INK, 4)), marks)), 1, 440,
                220, "Year of the stage", true, keys), "Each party's slack at each stage: what going on is worth "
                + "to it over defecting there (withholding its own moves of the stage, then punished), in utility "
                + "points a year; below the dashed line it would gain by defecting. The smallest slack is "
                + b.actor() + "'s at stage " + b.stage() + " (" + year(b.year()) + "), "
                + Decimals.upTo(b.slack(), 3) + " points a year");
    }

    private static String year(double y) {
        return Decimals.upTo(y, 1);
    }
}
