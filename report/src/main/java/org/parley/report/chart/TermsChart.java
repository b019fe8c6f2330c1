package org.parley.report.chart;

import java.util.List;
import org.parley.report.chart.Canvas.Align;

/**
 * Terms per issue as marks on each issue's scale (0-100%): one row per issue, one lane per series (the status quo,
 * each package, a bargaining solution), so equal terms sit one above the other instead of on top of each other;
 * a legend above. A value of NaN leaves its lane empty.
 *
 * @param series one per lane: its name, mark and colour, and its value per issue as a share of the scale (0-100)
 */
public record TermsChart(String id, String title, List<String> issues, List<Lane> series, String xLabel)
        implements Chart {

    /** One lane: a series of terms, its mark and colours, a value per issue (0-100% of the issue's scale). */
    public record Lane(String name, Marker marker, String fill, String stroke, double[] values) {
    }

    private static final int LANE = 13;
    private static final int GAP = 14;
    private static final double LEGEND_WIDTH = 600;

    public TermsChart {
        issues = List.copyOf(issues);
        series = List.copyOf(series);
    }

    private double left() {
        double widest = 0;
        for (String i : issues) {
            widest = Math.max(widest, TextMetrics.width(i, 11, true));
        }
        return Math.ceil(widest) + 22;
    }

    @Override
    public int width() {
        return (int) Math.max(LEGEND_WIDTH + 24, left() + 640);
    }

    private double top() {
        return 40 + Legend.rows(keys(), width() - 24) * Legend.ROW + 8;
    }

    private double rowHeight() {
        return series.size() * LANE + GAP;
    }

    @Override
    public int height() {
        return (int) Math.ceil(top() + issues.size() * rowHeight() + 52);
    }

    private List<Key> keys() {
        return series.stream().map(s -> Key.mark(s.marker(), s.fill(), s.stroke(), s.name())).toList();
    }

    @Override
    public void draw(Canvas c) {
        Frame.title(c, title);
        Legend.draw(c, keys(), 12, 44, width() - 24);
        double top = top();
        double bottom = top + issues.size() * rowHeight();
        Axis x = new Axis(0, 100, left(), width() - 24);
        Frame.xAxis(c, x, bottom, top - 4, xLabel, bottom + 38);
        for (int i = 0; i < issues.size(); i++) {
            double rowTop = top + i * rowHeight();
            if (i > 0) {
                c.line(12, rowTop, x.to(), rowTop, Palette.GRID, 1, 0);
            }
            double mid = rowTop + GAP / 2.0 + series.size() * LANE / 2.0;
            c.text(12, mid + 4, issues.get(i), 11, Align.START, true, Palette.INK, false);
            c.begin("terms");
            for (int k = 0; k < series.size(); k++) {
                Lane s = series.get(k);
                double v = s.values()[i];
                double cy = rowTop + GAP / 2.0 + (k + 0.5) * LANE;
                c.line(x.from(), cy, x.to(), cy, "#F2F2F2", 1, 0);
                if (!Double.isNaN(v)) {
                    s.marker().draw(c, x.at(v), cy, 4.5, s.fill(), s.stroke());
                }
            }
            c.end();
        }
    }
}
