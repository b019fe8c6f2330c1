package org.parley.report.chart;

import java.util.ArrayList;
import java.util.List;
import org.parley.report.chart.Canvas.Align;

/**
 * One or more x-y panels side by side (small multiples when more than one): each panel its own axes, series drawn as
 * lines, step lines (a value holds until the next x; nothing suggests a gradual move) or points, reference rules
 * (horizontal, vertical, the diagonal y = x) and labelled marks placed where their labels overprint nothing
 * ({@link LabelLayout}); whole-number x ticks where x counts (years, rounds); one legend below for every panel.
 */
public record PlotPanels(String id, String title, List<Panel> panels, int columns, int panelWidth, int plotHeight,
                         String xLabel, boolean wholeX, List<Key> keys) implements Chart {

    /** How a series is drawn. */
    public enum Style { LINE, STEP, POINTS }

    /** Which way a rule runs: across at y, up at x, or along y = x. */
    public enum Direction { HORIZONTAL, VERTICAL, DIAGONAL }

    /** One panel: its heading, axis ranges, the y axis's label (null: none), series, rules and marks. */
    public record Panel(String title, double xMin, double xMax, double yMin, double yMax, String yLabel,
                        List<Series> series, List<Rule> rules, List<PointMark> marks) {

        public Panel {
            series = List.copyOf(series);
            rules = rules == null ? List.of() : List.copyOf(rules);
            marks = marks == null ? List.of() : List.copyOf(marks);
        }
    }

    /** A series: its name (for the legend), points, colour, line width and dash, and how it is drawn. */
    public record Series(String name, double[] xs, double[] ys, String colour, double width, double dash, Style style) {

        public Series {
            if (xs.length != ys.length) {
                throw new IllegalArgumentException(name + ": " + xs.length + " x values and " + ys.length + " y");
            }
            xs = xs.clone();
            ys = ys.clone();
        }
    }

    /** A reference line across the plot; its meaning goes in the legend. */
    public record Rule(Direction direction, double at, String colour, double dash) {
    }

    private static final int TOP = 36;
    private static final int HEADING = 24;
    private static final int TICKS = 24;
    private static final int GAP = 14;
    private static final double SIZE = 10;
    private static final double RADIUS = 4.5;

    public PlotPanels {
        panels = List.copyOf(panels);
        keys = keys == null ? List.of() : List.copyOf(keys);
        if (columns < 1) {
            throw new IllegalArgumentException("columns " + columns + ": expected at least 1");
        }
    }

    private boolean yLabels() {
        return panels.stream().anyMatch(p -> p.yLabel() != null);
    }

    private double axisWidth() {
        return yLabels() ? 64 : 46;
    }

    private int rows() {
        return (panels.size() + columns - 1) / columns;
    }

    private double panelHeight() {
        return HEADING + plotHeight + TICKS + GAP;
    }

    /** The width of a panel: as asked, or wider where a panel's heading needs it. */
    private double panel() {
        double w = panelWidth;
        for (Panel p : panels) {
            w = p.title() == null ? w : Math.max(w, Math.ceil(TextMetrics.width(p.title(), 12, true)) + 14);
        }
        return w;
    }

    @Override
    public int width() {
        return (int) Math.ceil(12 + Math.min(columns, panels.size()) * panel() + 12);
    }

    /** Below the last row of panels and its tick labels. */
    private double plotsBottom() {
        return TOP + rows() * panelHeight() - GAP;
    }

    /** The baseline of the legend's first row. */
    private double legendTop() {
        return plotsBottom() + (xLabel == null ? 18 : 38);
    }

    @Override
    public int height() {
        return (int) Math.ceil(legendTop() + Math.max(0, Legend.rows(allKeys(), width() - 24) - 1) * Legend.ROW
                + 8);
    }

    /** Panel {@code k}'s plot area. */
    public Box plot(int k) {
        double px = 12 + (k % columns) * panel();
        double py = TOP + (k / columns) * panelHeight();
        return new Box(px + axisWidth(), py + HEADING, panel() - axisWidth() - 16, plotHeight);
    }

    /** Where panel {@code k}'s mark labels go (computed from the geometry alone, the same every time). */
    public LabelLayout.Result layout(int k) {
        Panel p = panels.get(k);
        Box b = plot(k);
        Axis x = new Axis(p.xMin(), p.xMax(), b.x(), b.right());
        Axis y = new Axis(p.yMin(), p.yMax(), b.bottom(), b.y());
        List<LabelLayout.Request> requests = new ArrayList<>();
        List<Box> obstacles = new ArrayList<>();
        for (PointMark m : p.marks()) {
            obstacles.add(m.marker().box(x.at(m.x()), y.at(m.y()), RADIUS));
            if (m.label() != null && !m.label().isEmpty()) {
                requests.add(new LabelLayout.Request(m.label(), x.at(m.x()), y.at(m.y()), RADIUS + 1));
            }
        }
        List<double[]> lines = new ArrayList<>();
        for (Series s : p.series()) {
            double[][] path = path(s, x, y);
            for (int i = 0; i < path[0].length; i++) {
                if (s.style() == Style.POINTS) {
                    obstacles.add(new Box(path[0][i] - 3, path[1][i] - 3, 6, 6));
                } else if (i > 0) {
                    lines.add(new double[] {path[0][i - 1], path[1][i - 1], path[0][i], path[1][i]});
                }
            }
        }
        for (Rule r : p.rules()) {
            double[] l = rule(p, r, x, y, b);
            if (l != null) {
                lines.add(l);
            }
        }
        return LabelLayout.place(requests, b, obstacles, lines, SIZE);
    }

    /** A rule as the segment {x1, y1, x2, y2} it draws in the plot, or null when it misses the plot. */
    private static double[] rule(Panel p, Rule r, Axis x, Axis y, Box b) {
        return switch (r.direction()) {
            case HORIZONTAL -> new double[] {b.x(), y.at(r.at()), b.right(), y.at(r.at())};
            case VERTICAL -> new double[] {x.at(r.at()), b.y(), x.at(r.at()), b.bottom()};
            case DIAGONAL -> {
                double lo = Math.max(p.xMin(), p.yMin());
                double hi = Math.min(p.xMax(), p.yMax());
                yield hi > lo ? new double[] {x.at(lo), y.at(lo), x.at(hi), y.at(hi)} : null;
            }
        };
    }

    private List<Key> allKeys() {
        List<Key> all = new ArrayList<>(keys);
        for (int k = 0; k < panels.size(); k++) {
            all.addAll(Legend.numbers(layout(k)));
        }
        return all;
    }

    @Override
    public void draw(Canvas c) {
        Frame.title(c, title);
        for (int k = 0; k < panels.size(); k++) {
            panel(c, k);
        }
        if (xLabel != null) {
            c.text(width() / 2.0, plotsBottom() + 14, xLabel, 12, Align.MIDDLE, false, Palette.INK, false);
        }
        Legend.draw(c, allKeys(), 12, legendTop(), width() - 24);
    }

    private void panel(Canvas c, int k) {
        Panel p = panels.get(k);
        Box b = plot(k);
        Axis x = new Axis(p.xMin(), p.xMax(), b.x(), b.right());
        Axis y = new Axis(p.yMin(), p.yMax(), b.bottom(), b.y());
        if (p.title() != null) {
            c.text(b.x() - axisWidth() + 4, b.y() - 10, p.title(), 12, Align.START, true, Palette.INK, false);
        }
        List<Double> yTicks = y.ticks(4);
        double yStep = yTicks.size() > 1 ? yTicks.get(1) - yTicks.get(0) : 1;
        for (double v : yTicks) {
            c.line(b.x(), y.at(v), b.right(), y.at(v), Palette.GRID, 1, 0);
            c.text(b.x() - 5, y.at(v) + 3.5, Fmt.tick(v, yStep), SIZE, Align.END, false, Palette.INK, false);
        }
        List<Double> xTicks = wholeX ? x.wholeTicks(6) : x.ticks(5);
        double xStep = xTicks.size() > 1 ? xTicks.get(1) - xTicks.get(0) : 1;
        for (double v : xTicks) {
            c.line(x.at(v), b.bottom(), x.at(v), b.bottom() + 4, Palette.INK, 1, 0);
            c.text(x.at(v), b.bottom() + 15, Fmt.tick(v, xStep), SIZE, Align.MIDDLE, false, Palette.INK, false);
        }
        c.line(b.x(), b.bottom(), b.right(), b.bottom(), Palette.INK, 1, 0);
        c.line(b.x(), b.y(), b.x(), b.bottom(), Palette.INK, 1, 0);
        if (p.yLabel() != null) {
            c.text(b.x() - axisWidth() + 14, b.y() + b.h() / 2, p.yLabel(), 11, Align.MIDDLE, false, Palette.INK,
                    true);
        }
        c.begin("rules");
        for (Rule r : p.rules()) {
            double[] l = rule(p, r, x, y, b);
            if (l != null) {
                c.line(l[0], l[1], l[2], l[3], r.colour(), 1.4, r.dash());
            }
        }
        c.end();
        c.begin("series");
        for (Series s : p.series()) {
            series(c, s, x, y);
        }
        c.end();
        c.begin("points");
        for (PointMark m : p.marks()) {
            m.marker().draw(c, x.at(m.x()), y.at(m.y()), RADIUS, m.fill(), m.stroke());
        }
        c.end();
        LabelLayout.Result labels = layout(k);
        c.begin("labels");
        for (LabelLayout.Placed l : labels.placed()) {
            if (l.leader() != null) {
                c.line(l.leader().x1(), l.leader().y1(), l.leader().x2(), l.leader().y2(), Palette.MUTED, 0.8, 0);
            }
            c.text(l.x(), l.y(), l.text(), SIZE, Align.START, false, Palette.INK, false);
        }
        c.end();
    }

    /** The pixels a series runs through: for a step line, the corner before each change. */
    private static double[][] path(Series s, Axis x, Axis y) {
        int n = s.xs().length;
        double[] xs = s.xs();
        double[] ys = s.ys();
        boolean step = s.style() == Style.STEP;
        int m = step && n > 0 ? 2 * n - 1 : n;
        double[] px = new double[m];
        double[] py = new double[m];
        for (int i = 0; i < n; i++) {
            int at = step ? 2 * i : i;
            px[at] = x.at(xs[i]);
            py[at] = y.at(ys[i]);
            if (step && i + 1 < n) {
                px[at + 1] = x.at(xs[i + 1]);
                py[at + 1] = y.at(ys[i]);
            }
        }
        return new double[][] {px, py};
    }

    private static void series(Canvas c, Series s, Axis x, Axis y) {
        double[][] path = path(s, x, y);
        if (s.style() == Style.POINTS) {
            for (int i = 0; i < path[0].length; i++) {
                c.circle(path[0][i], path[1][i], 2.4, "none", s.colour());
            }
        } else if (path[0].length > 0) {
            c.polyline(path[0], path[1], s.colour(), s.width(), s.dash());
        }
    }
}
