package org.parley.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.core.backtest.BacktestWords;
import org.parley.core.backtest.ModelScore;
import org.parley.core.backtest.Scoreboard;
import org.parley.core.backtest.stats.ErrorMetrics;
import org.parley.core.backtest.stats.PairedComparison;
import org.parley.core.text.Decimals;
import org.parley.report.chart.Key;
import org.parley.report.chart.Marker;
import org.parley.report.chart.Palette;
import org.parley.report.chart.RowChart;

/**
 * The leaderboard of each part of a backtest (all issues, or train and test): the table {@code parley backtest}
 * prints, and each model's MAE minus the compromise model's with its issue and cluster (proposal) bootstrap
 * intervals, the zero line marked.
 */
final class LeaderboardSection implements Section<BacktestInput> {

    /** The colours of the cluster and the issue bootstrap intervals. */
    static final String CLUSTER = "#0072B2";
    static final String ISSUES = "#C6DBEF";

    @Override
    public String id() {
        return "leaderboard";
    }

    @Override
    public String title() {
        return "Leaderboard";
    }

    @Override
    public boolean applies(BacktestInput in) {
        return !in.result().scoreboards().isEmpty();
    }

    @Override
    public void render(BacktestInput in, Html out) {
        for (Scoreboard s : in.result().scoreboards()) {
            out.h3("leaderboard-" + s.part(), "Leaderboard, " + BacktestWords.part(s));
            out.note(s.issues() + " issues from " + s.proposals() + " proposals. MAE: mean absolute error (points on "
                    + "the 0-100 scale); diff: MAE minus the compromise model's on the same issues, with 95 % "
                    + "bootstrap intervals resampling issues and proposals; W/L/T: issues where the model's error is "
                    + "smaller, larger, equal.");
            table(s, out);
            differences(s, out);
            List<String> abstained = new ArrayList<>();
            s.models().stream().filter(m -> m.abstained() > 0).forEach(m -> abstained.add(
                    BacktestWords.abstentions(m)));
            abstained.forEach(out::note);
        }
    }

    private static void table(Scoreboard s, Html out) {
        List<List<String>> rows = new ArrayList<>();
        int rank = 0;
        for (String name : s.leaderboard()) {
            ModelScore m = s.score(name).orElseThrow();
            ErrorMetrics e = m.metrics();
            PairedComparison c = m.vsCompromise();
            rows.add(List.of(num(Integer.toString(++rank)), Html.esc(m.model()), Html.esc(m.unit()),
                    num(Integer.toString(m.scored())), num(Integer.toString(m.abstained())),
                    num(Integer.toString(m.notSettled())), num(Decimals.fixed(e.mae(), 2)),
                    num(Decimals.fixed(e.medianAe(), 2)), num(Decimals.fixed(e.rmse(), 2)),
                    num(Decimals.percent(e.within5Share(), 1)), num(Decimals.percent(e.within10Share(), 1)),
                    num(Decimals.percent(e.within20Share(), 1)),
                    num(c == null ? "-" : BacktestWords.signed(c.diff())),
                    num(c == null ? "-" : BacktestWords.interval(c.issueBootstrap())),
                    num(c == null ? "-" : BacktestWords.interval(c.proposalBootstrap())),
                    num(c == null ? "-" : c.wins() + "/" + c.losses() + "/" + c.ties()),
                    num(c == null ? "-" : String.format(Locale.ROOT, "%.3g", c.signTestP()))));
        }
        out.raw("<div class=\"wide\">\n");
        out.table("leaderboard", List.of("#", "model", "unit", "scored", "abstained", "not settled", "MAE",
                "median AE", "RMSE", "<=5", "<=10", "<=20", "diff", "95% issues", "95% proposals", "W/L/T",
                "sign p"), rows);
        out.raw("</div>\n");
    }

    private static String num(String s) {
        return "<span class=\"num\">" + Html.esc(s) + "</span>";
    }

    private static void differences(Scoreboard s, Html out) {
        List<RowChart.Row> rows = new ArrayList<>();
        double limit = 1;
        for (String name : s.leaderboard()) {
            PairedComparison c = s.score(name).orElseThrow().vsCompromise();
            if (c == null) {
                continue;
            }
            limit = Math.max(limit, Math.max(Math.abs(c.issueBootstrap().lower()), Math.abs(c.issueBootstrap()
                    .upper())));
            limit = Math.max(limit, Math.max(Math.abs(c.proposalBootstrap().lower()), Math.abs(c.proposalBootstrap()
                    .upper())));
            rows.add(new RowChart.Row(null, name, List.of(
                    new RowChart.Span(c.issueBootstrap().lower(), c.issueBootstrap().upper(), ISSUES, 16),
                    new RowChart.Span(c.proposalBootstrap().lower(), c.proposalBootstrap().upper(), CLUSTER, 6)),
                    List.of(new RowChart.Mark(c.diff(), Marker.DIAMOND, Palette.INK, null)),
                    BacktestWords.signed(c.diff()) + " " + BacktestWords.interval(c.proposalBootstrap())));
        }
        if (rows.isEmpty()) {
            return;
        }
        double edge = Math.ceil(limit);
        out.figure(new RowChart("diff-" + s.part(), "MAE minus the compromise model's, " + s.part(), rows, -edge,
                edge, "Difference in MAE (points; below 0: smaller errors than the compromise model)",
                List.of(new RowChart.Rule(0, Palette.INK, 4)), List.of(
                Key.mark(Marker.DIAMOND, Palette.INK, null, "difference"),
                Key.area(CLUSTER, null, "95 % interval, resampling proposals"),
                Key.area(ISSUES, null, "95 % interval, resampling issues"),
                Key.line(Palette.INK, true, "0: as good as the compromise model"))),
                "One row per model in leaderboard order: its MAE minus the compromise model's on the same issues, "
                + "with the paired bootstrap intervals; the note gives the difference and the interval over "
                + "proposals, which decides");
    }
}
