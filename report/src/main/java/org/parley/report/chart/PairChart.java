package org.parley.report.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A deal space in the utility plane of two parties: the Pareto frontier (a line through its points), the zone of
 * agreement shaded (between both reservation values and its upper boundary), the two reservation values as dashed
 * lines, links between points (a package and its repair), and marked points, each labelled where its label overprints
 * nothing ({@link LabelLayout}); a legend below. Coordinates in utility points.
 *
 * @param frontier the frontier's points as {@code {x, y}} pairs, in frontier order (may be empty)
 * @param zone     the zone's upper boundary as {@code {x, y}} pairs, in frontier order (empty: no zone)
 * @param links    segments {@code {x1, y1, x2, y2}} drawn dashed in {@code linkColours}
 */
public record PairChart(String id, String title, String xLabel, String yLabel, Double xReservation,
                        Double yReservation, List<double[]> frontier, List<double[]> zone, List<double[]> links,
                        List<String> linkColours, List<PointMark> points, List<Key> keys, double min, double max)
        implements Chart {

    private static final int LEFT = 58;
    private static final int TOP = 36;
    private static final int PLOT = 380;
    private static final double LABEL = 11;
    private static final double RADIUS = 5;

    /** The frontier's colour and the zone's fill. */
    public static final String FRONTIER = "#0072B2";
    public static final String ZONE = "#CFE6F5";

    public PairChart {
        frontier = List.copyOf(frontier);
        zone = List.copyOf(zone);
        links = List.copyOf(links);
        linkColours = List.copyOf(linkColours);
        points = List.copyOf(points);
        keys = List.copyOf(keys);
    }

    @Override
    public int width() {
        return LEFT + PLOT + 18;
    }

    @Override
    public int height() {
        return (int) Math.ceil(legendTop() + Legend.rows(allKeys(layout()), width() - 24) * Legend.ROW + 6);
    }

    private double legendTop() {
        return TOP + PLOT + 62;
    }

    private Axis x() {
        return new Axis(min, max, LEFT, LEFT + PLOT);
    }

    private Axis y() {
        return new Axis(min, max, TOP + PLOT, TOP);
    }

    /** The plot area, where point labels go. */
    public Box plot() {
        return new Box(LEFT, TOP, PLOT, PLOT);
    }

    /** Where the point labels go (computed from the geometry alone, the same every time). */
    public LabelLayout.Result layout() {
        Axis x = x();
        Axis y = y();
        List<LabelLayout.Request> requests = new ArrayList<>();
        List<Box> marks = new ArrayList<>();
        for (PointMark p : points) {
            marks.add(p.marker().box(x.at(p.x()), y.at(p.y()), RADIUS));
        }
        for (PointMark p : points) {
            if (p.label() != null && !p.label().isEmpty()) {
                requests.add(new LabelLayout.Request(p.label(), x.at(p.x()), y.at(p.y()), RADIUS + 1));
            }
        }
        return LabelLayout.place(requests, plot(), marks, LABEL);
    }

    private List<Key> allKeys(LabelLayout.Result r) {
        List<Key> all = new ArrayList<>(keys);
        all.addAll(Legend.numbers(r));
        return all;
    }

    @Override
    public void draw(Canvas c) {
        Frame.title(c, title);
        Axis x = x();
        Axis y = y();
        c.begin("zone");
        if (!zone.isEmpty() && xReservation != null && yReservation != null) {
            int n = zone.size();
            double[] xs = new double[n + 3];
            double[] ys = new double[n + 3];
            xs[0] = x.at(xReservation);
            ys[0] = y.at(yReservation);
            xs[1] = x.at(zone.get(0)[0]);
            ys[1] = y.at(yReservation);
            for (int k = 0; k < n; k++) {
                xs[k + 2] = x.at(zone.get(k)[0]);
                ys[k + 2] = y.at(zone.get(k)[1]);
            }
            xs[n + 2] = x.at(xReservation);
            ys[n + 2] = y.at(zone.get(n - 1)[1]);
            c.polygon(xs, ys, ZONE, null);
        }
        c.end();
        Frame.yAxis(c, y, LEFT, LEFT + PLOT, yLabel);
        Frame.xAxis(c, x, y.at(min), y.at(max), xLabel, TOP + PLOT + 40);
        if (xReservation != null) {
            c.line(x.at(xReservation), y.at(min), x.at(xReservation), y.at(max), Palette.MUTED, 1.2, 5);
        }
        if (yReservation != null) {
            c.line(x.at(min), y.at(yReservation), x.at(max), y.at(yReservation), Palette.MUTED, 1.2, 5);
        }
        if (frontier.size() > 1) {
            c.begin("frontier");
            c.polyline(frontier.stream().mapToDouble(p -> x.at(p[0])).toArray(),
                    frontier.stream().mapToDouble(p -> y.at(p[1])).toArray(), FRONTIER, 2, 0);
            c.end();
        }
        for (int k = 0; k < links.size(); k++) {
            double[] l = links.get(k);
            c.line(x.at(l[0]), y.at(l[1]), x.at(l[2]), y.at(l[3]), linkColours.get(k), 1.2, 3);
        }
        c.begin("points");
        for (PointMark p : points) {
            p.marker().draw(c, x.at(p.x()), y.at(p.y()), RADIUS, p.fill(), p.stroke());
        }
        c.end();
        LabelLayout.Result labels = layout();
        c.begin("labels");
        for (LabelLayout.Placed p : labels.placed()) {
            if (p.leader() != null) {
                LabelLayout.Leader l = p.leader();
                c.line(l.x1(), l.y1(), l.x2(), l.y2(), Palette.MUTED, 0.8, 0);
            }
            c.text(p.x(), p.y(), p.text(), LABEL, Canvas.Align.START, false, Palette.INK, false);
        }
        c.end();
        Legend.draw(c, allKeys(labels), 12, legendTop(), width() - 24);
    }
}
