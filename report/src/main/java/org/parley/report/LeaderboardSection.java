package org.parley.report;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.backtest.BacktestWords;
import org.parley.core.backtest.Scoreboard;
import org.parley.core.backtest.stats.PairedComparison;
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

    /** The leaderboard's rows as {@link BacktestWords} words them; model and unit are words, the rest numbers. */
    private static void table(Scoreboard s, Html out) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> words : BacktestWords.leaderboard(s)) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < words.size(); c++) {
                row.add(c == 1 || c == 2 ? Html.esc(words.get(c)) : num(words.get(c)));
            }
            rows.add(row);
        }
        out.raw("<div class=\"wide\">\n");
        out.table("leaderboard", BacktestWords.LEADERBOARD_COLUMNS, rows);
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
