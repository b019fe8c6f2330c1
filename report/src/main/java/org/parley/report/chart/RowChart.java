package org.parley.report.chart;

import java.util.ArrayList;
import java.util.List;
import org.parley.report.chart.Canvas.Align;

/**
 * Horizontal rows on one value axis: each row a label (with an optional second line), spans (a bar from 0, a
 * tornado's two halves, an interval, a box and its whisker) and marks at values, and a note in a column at its right;
 * rows grouped under bold headings; vertical rules (a zero line, a threshold) named in the legend; a legend below.
 * Labels, plot and notes each have their own column, so no text can overprint another.
 *
 * @param rows  in reading order; a row whose {@code group} differs from the previous row's starts a new heading
 * @param rules vertical lines across every row, at values of the axis
 */
public record RowChart(String id, String title, List<Row> rows, double min, double max, String xLabel,
                       List<Rule> rules, List<Key> keys) implements Chart {

    /** One row: its group heading (null: none), label, spans, marks and a note. */
    public record Row(String group, String label, List<Span> spans, List<Mark> marks, String note) {

        public Row {
            spans = List.copyOf(spans);
            marks = List.copyOf(marks);
        }
    }

    /** A horizontal bar from {@code from} to {@code to} (either order), {@code height} pixels high, centred on its row. */
    public record Span(double from, double to, String colour, double height) {
    }

    /** A mark at a value, centred on its row. */
    public record Mark(double at, Marker marker, String fill, String stroke) {
    }

    /** A vertical line at a value across every row; its meaning goes in the legend. */
    public record Rule(double at, String colour, double dash) {
    }

    private static final int TOP = 40;
    private static final double LABEL = 11;
    private static final double ROW = 22;
    private static final double HEADING = 24;
    private static final double PLOT = 340;
    private static final double RADIUS = 4.5;

    public RowChart {
        rows = List.copyOf(rows);
        rules = rules == null ? List.of() : List.copyOf(rules);
        keys = keys == null ? List.of() : List.copyOf(keys);
    }

    private boolean grouped() {
        return rows.stream().anyMatch(r -> r.group() != null);
    }

    private double indent() {
        return grouped() ? 24 : 12;
    }

    /** Where the plot starts: after the widest label. */
    private double plotLeft() {
        double w = 0;
        for (Row r : rows) {
            w = Math.max(w, TextMetrics.width(r.label(), LABEL, false));
        }
        return Math.ceil(indent() + w + 14);
    }

    private double noteWidth() {
        double w = 0;
        for (Row r : rows) {
            w = r.note() == null ? w : Math.max(w, TextMetrics.width(r.note(), LABEL, false));
        }
        return w;
    }

    private double headingWidth() {
        double w = TextMetrics.width(title, 14, true);
        for (Row r : rows) {
            w = r.group() == null ? w : Math.max(w, TextMetrics.width(r.group(), LABEL, true));
        }
        return w;
    }

    @Override
    public int width() {
        double content = plotLeft() + PLOT + 12 + noteWidth();
        return (int) Math.ceil(Math.max(Math.max(content, headingWidth() + 12), 480) + 14);
    }

    /** The top of every row (its heading included) and, last, the bottom of the rows. */
    private double[] tops() {
        double[] at = new double[rows.size() + 1];
        double y = TOP;
        String group = null;
        for (int k = 0; k < rows.size(); k++) {
            Row r = rows.get(k);
            if (r.group() != null && !r.group().equals(group)) {
                y += HEADING;
            }
            group = r.group();
            at[k] = y;
            y += ROW;
        }
        at[rows.size()] = y;
        return at;
    }

    private double legendTop() {
        return tops()[rows.size()] + 58;
    }

    @Override
    public int height() {
        return (int) Math.ceil(legendTop() + Legend.rows(keys, width() - 24) * Legend.ROW + 4);
    }

    /** The value axis, in pixels. */
    public Axis axis() {
        return new Axis(min, max, plotLeft(), plotLeft() + PLOT);
    }

    @Override
    public void draw(Canvas c) {
        Frame.title(c, title);
        double[] tops = tops();
        double bottom = tops[rows.size()];
        Axis x = axis();
        Frame.xAxis(c, x, bottom + 4, TOP, xLabel, bottom + 40);
        c.begin("rules");
        for (Rule r : rules) {
            c.line(x.at(r.at()), TOP, x.at(r.at()), bottom + 4, r.colour(), 1.4, r.dash());
        }
        c.end();
        String group = null;
        for (int k = 0; k < rows.size(); k++) {
            Row r = rows.get(k);
            double top = tops[k];
            if (r.group() != null && !r.group().equals(group)) {
                c.rect(0, top - HEADING, width(), HEADING - 1, "#FFFFFF", null);
                c.text(12, top - 8, r.group(), LABEL, Align.START, true, Palette.INK, false);
            }
            group = r.group();
            double mid = top + ROW / 2;
            c.text(indent(), mid + 4, r.label(), LABEL, Align.START, false, Palette.INK, false);
            c.begin("spans");
            for (Span s : r.spans()) {
                double a = x.at(Math.max(min, Math.min(max, Math.min(s.from(), s.to()))));
                double b = x.at(Math.max(min, Math.min(max, Math.max(s.from(), s.to()))));
                c.rect(a, mid - s.height() / 2, Math.max(1, b - a), s.height(), s.colour(), null);
            }
            c.end();
            c.begin("marks");
            for (Mark m : r.marks()) {
                m.marker().draw(c, x.at(Math.max(min, Math.min(max, m.at()))), mid, RADIUS, m.fill(), m.stroke());
            }
            c.end();
            if (r.note() != null) {
                c.text(x.to() + 12, mid + 4, r.note(), LABEL, Align.START, false, Palette.INK, false);
            }
        }
        Legend.draw(c, keys, 12, legendTop(), width() - 24);
    }

    /** The rows' labels, in order (for tests and captions). */
    public List<String> labels() {
        List<String> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.label()));
        return out;
    }
}
