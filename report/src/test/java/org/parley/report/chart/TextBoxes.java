package org.parley.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/**
 * A canvas that only records where every text goes (its box by {@link TextMetrics}, turned texts included) and the
 * segments of every polyline, so tests can check a chart's geometry without a browser.
 */
public final class TextBoxes implements Canvas {

    /** A text and its box. */
    public record Placed(String text, Box box) {
    }

    public final List<Placed> texts = new ArrayList<>();
    public final List<double[]> polylines = new ArrayList<>();
    public final List<String> groups = new ArrayList<>();

    /** The texts and polylines of a chart. */
    public static TextBoxes of(Chart chart) {
        TextBoxes t = new TextBoxes();
        chart.draw(t);
        return t;
    }

    /**
     * The texts of {@code chart}, asserted to keep apart (no two boxes overlapping by more than half a pixel) and to
     * lie inside the chart; {@code what} names the chart in a failure.
     */
    public static TextBoxes assertApartAndInside(Chart chart, String what) {
        TextBoxes t = of(chart);
        assertThat(t.overlaps(0.5)).as(what + ": overlapping texts").isEmpty();
        Box frame = new Box(0, 0, chart.width(), chart.height());
        assertThat(t.texts).as(what).allSatisfy(p -> assertThat(frame.holds(p.box()))
                .as("'" + p.text() + "' " + p.box() + " inside " + frame).isTrue());
        return t;
    }

    @Override
    public void rect(double x, double y, double w, double h, String fill, String stroke) {
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double width, double dash) {
    }

    @Override
    public void polyline(double[] xs, double[] ys, String stroke, double width, double dash) {
        double[] p = new double[2 * xs.length];
        for (int i = 0; i < xs.length; i++) {
            p[2 * i] = xs[i];
            p[2 * i + 1] = ys[i];
        }
        polylines.add(p);
    }

    @Override
    public void circle(double cx, double cy, double r, String fill, String stroke) {
    }

    @Override
    public void polygon(double[] xs, double[] ys, String fill, String stroke) {
    }

    @Override
    public void begin(String cls) {
        groups.add(cls);
    }

    @Override
    public void text(double x, double y, String s, double size, Align align, boolean bold, String fill,
                     boolean vertical) {
        Box b = TextMetrics.box(x, y, s, size, align, bold);
        if (vertical) {
            // turned 90 degrees counter-clockwise about (x, y): the text runs upwards from its anchor
            b = new Box(x - TextMetrics.ASCENT * size, y - (b.right() - x), TextMetrics.height(size), b.w());
        }
        texts.add(new Placed(s, b));
    }

    /** Every pair of texts whose boxes overlap by more than {@code slack} pixels. */
    public List<String> overlaps(double slack) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                if (texts.get(i).box().overlaps(texts.get(j).box(), slack)) {
                    out.add("'" + texts.get(i).text() + "' " + texts.get(i).box() + " overlaps '"
                            + texts.get(j).text() + "' " + texts.get(j).box());
                }
            }
        }
        return out;
    }
}
