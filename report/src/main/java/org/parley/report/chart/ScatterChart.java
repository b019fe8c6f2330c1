package org.parley.report.chart;

import java.util.List;
import org.parley.report.chart.Canvas.Align;

/**
 * Points in the utility space of two parties: labelled points (packages), dashed reference lines (their no-deal
 * values), and, when an analysis supplies them, a frontier line and marked solution points.
 */
public record ScatterChart(String id, String title, List<Point> points, Double refX, Double refY,
                           List<Point> frontier, List<Point> solutions, String xLabel, String yLabel,
                           double min, double max) implements Chart {

    /** A labelled point. */
    public record Point(String label, double x, double y) {
    }

    private static final int LEFT = 64;

    @Override
    public int width() {
        return 560;
    }

    @Override
    public int height() {
        return 440;
    }

    @Override
    public void draw(Canvas c) {
        Frame.title(c, title);
        Axis x = new Axis(min, max, LEFT, width() - 30);
        Axis y = new Axis(min, max, height() - 56, 44);
        Frame.yAxis(c, y, LEFT, width() - 30, yLabel);
        Frame.xAxis(c, x, y.at(min), y.at(max), xLabel, height() - 12);
        if (refX != null) {
            c.line(x.at(refX), y.at(min), x.at(refX), y.at(max), Palette.MUTED, 1.5, 5);
        }
        if (refY != null) {
            c.line(x.at(min), y.at(refY), x.at(max), y.at(refY), Palette.MUTED, 1.5, 5);
        }
        if (refX != null && refY != null) {
            c.text(x.at(refX) + 4, y.at(refY) - 4, "no deal", 10, Align.START, false, Palette.MUTED, false);
        }
        if (frontier.size() > 1) {
            c.polyline(frontier.stream().mapToDouble(p -> x.at(p.x())).toArray(),
                    frontier.stream().mapToDouble(p -> y.at(p.y())).toArray(), Palette.series(2), 2, 0);
        }
        for (int k = 0; k < points.size(); k++) {
            Point p = points.get(k);
            c.circle(x.at(p.x()), y.at(p.y()), 6, Palette.series(k), Palette.INK);
            c.text(x.at(p.x()) + 9, y.at(p.y()) - 7, p.label(), 11, Align.START, false, Palette.INK, false);
        }
        for (Point s : solutions) {
            c.rect(x.at(s.x()) - 5, y.at(s.y()) - 5, 10, 10, "#000000", null);
            c.text(x.at(s.x()) + 9, y.at(s.y()) + 14, s.label(), 11, Align.START, true, Palette.INK, false);
        }
    }
}
