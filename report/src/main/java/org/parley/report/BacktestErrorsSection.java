package org.parley.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parley.core.backtest.BacktestResult;
import org.parley.core.backtest.IssueRow;
import org.parley.core.backtest.ModelScore;
import org.parley.core.backtest.Scoreboard;
import org.parley.core.stats.Quantiles;
import org.parley.core.text.Decimals;
import org.parley.report.chart.Key;
import org.parley.report.chart.Marker;
import org.parley.report.chart.Palette;
import org.parley.report.chart.PlotPanels;
import org.parley.report.chart.RowChart;

/**
 * How each model errs over a backtest's issues: per part, a box plot of each model's absolute errors (quartiles,
 * 5th to 95th percentile, median, MAE), and each model's forecast against the outcome issue by issue, one panel per
 * model with the diagonal where the forecast is right. Quantiles are the backtest's own (type 7).
 */
final class BacktestErrorsSection implements Section<BacktestInput> {

    private static final String BOX = "#56B4E9";
    private static final String WHISKER = "#0072B2";
    private static final String TEST = "#0072B2";

    @Override
    public String id() {
        return "errors";
    }

    @Override
    public String title() {
        return "Errors and forecasts";
    }

    @Override
    public boolean applies(BacktestInput in) {
        return !in.result().rows().isEmpty() && !in.result().scoreboards().isEmpty();
    }

    @Override
    public void render(BacktestInput in, Html out) {
        BacktestResult r = in.result();
        for (Scoreboard s : r.scoreboards()) {
            out.h3("errors-" + s.part(), "Errors per model, " + org.parley.core.backtest.BacktestWords.part(s));
            boxes(r, s, out);
        }
        out.h3("predicted-actual", "Forecast against outcome");
        scatter(r, out);
    }

    /** The rows of a part: every row for "all", else those in that half of the split. */
    private static List<IssueRow> rows(BacktestResult r, String part) {
        return r.rows().stream().filter(x -> part.equals("all") || x.part().equals(part)).toList();
    }

    private static void boxes(BacktestResult r, Scoreboard s, Html out) {
        List<RowChart.Row> rows = new ArrayList<>();
        double top = 10;
        for (String name : s.leaderboard()) {
            ModelScore m = s.score(name).orElseThrow();
            double[] e = rows(r, s.part()).stream().filter(x -> x.errors().containsKey(name))
                    .mapToDouble(x -> x.errors().get(name)).toArray();
            if (e.length == 0) {
                continue;
            }
            Arrays.sort(e);
            top = Math.max(top, e[e.length - 1]);
            rows.add(new RowChart.Row(null, name, List.of(
                    new RowChart.Span(Quantiles.type7(e, 0.05), Quantiles.type7(e, 0.95), WHISKER, 2),
                    new RowChart.Span(Quantiles.type7(e, 0.25), Quantiles.type7(e, 0.75), BOX, 14)),
                    List.of(new RowChart.Mark(m.metrics().medianAe(), Marker.BAR, Palette.INK, null),
                            new RowChart.Mark(m.metrics().mae(), Marker.DIAMOND, "#D55E00", Palette.INK)),
                    "MAE " + Decimals.fixed(m.metrics().mae(), 2) + ", median " + Decimals.fixed(
                    m.metrics().medianAe(), 2) + " (" + e.length + " issues)"));
        }
        out.figure(new RowChart("errors-" + s.part(), "Absolute errors, " + s.part(), rows, 0,
                Math.ceil(top / 10) * 10, "Absolute error (points on the 0-100 scale)", List.of(), List.of(
                Key.area(BOX, null, "middle half of the issues"),
                Key.line(WHISKER, false, "5th to 95th percentile"),
                Key.mark(Marker.BAR, Palette.INK, null, "median"),
                Key.mark(Marker.DIAMOND, "#D55E00", Palette.INK, "MAE"))),
                "One row per model in leaderboard order: the spread of its absolute errors over the issues it "
                + "scored (the box holds the middle half, the line runs from the 5th to the 95th percentile), its "
                + "median (bar) and its mean, the MAE (diamond)");
    }

    private static void scatter(BacktestResult r, Html out) {
        List<String> models = r.scoreboards().get(r.scoreboards().size() - 1).leaderboard();
        double lo = 0;
        double hi = 100;
        for (IssueRow x : r.rows()) {
            lo = Math.min(lo, x.outcome());
            hi = Math.max(hi, x.outcome());
            for (double p : x.predictions().values()) {
                lo = Math.min(lo, p);
                hi = Math.max(hi, p);
            }
        }
        lo = Math.floor(lo / 10 + 1e-9) * 10;
        hi = Math.ceil(hi / 10 - 1e-9) * 10;
        Scoreboard board = r.scoreboards().get(r.scoreboards().size() - 1);
        boolean split = r.split() != null;
        List<PlotPanels.Panel> panels = new ArrayList<>();
        for (String model : models) {
            List<PlotPanels.Series> series = new ArrayList<>();
            for (String part : split ? List.of("train", "test") : List.of("all")) {
                List<IssueRow> rows = r.rows().stream().filter(x -> x.predictions().containsKey(model)
                        && (part.equals("all") || x.part().equals(part))).toList();
                double[] xs = rows.stream().mapToDouble(IssueRow::outcome).toArray();
                double[] ys = rows.stream().mapToDouble(x -> x.predictions().get(model)).toArray();
                series.add(new PlotPanels.Series(part, xs, ys, part.equals("train") ? Palette.GREY : TEST, 1, 0,
                        PlotPanels.Style.POINTS));
            }
            String mae = board.score(model).map(m -> " (MAE " + Decimals.fixed(m.metrics().mae(), 2)
                    + (split ? ", " + board.part() : "") + ")").orElse("");
            panels.add(new PlotPanels.Panel(model + mae, lo, hi, lo, hi, null, series, List.of(new PlotPanels.Rule(
                    PlotPanels.Direction.DIAGONAL, 0, Palette.INK, 4)), List.of()));
        }
        List<Key> keys = new ArrayList<>();
        keys.add(Key.mark(Marker.CIRCLE, "#FFFFFF", TEST, split ? "a test issue" : "an issue"));
        if (split) {
            keys.add(Key.mark(Marker.CIRCLE, "#FFFFFF", Palette.GREY, "a train issue"));
        }
        keys.add(Key.line(Palette.INK, true, "forecast = outcome"));
        out.figure(new PlotPanels("predicted-actual", "Forecast against outcome", panels, 3, 268, 210,
                "Outcome (x) and the model's forecast (y), points on the issue's scale", false, keys),
                "One panel per model in leaderboard order, one circle per issue it scored: above the dashed "
                + "diagonal the model forecast too high, below it too low");
    }
}
