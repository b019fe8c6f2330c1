package org.parley.report.chart;

import java.util.ArrayList;
import java.util.List;
import org.parley.report.chart.Canvas.Align;

/**
 * Grouped vertical bars: one group per category, one bar per series, a labelled value axis and a legend. Optional
 * extras: a range per bar ({@code low}/{@code high}, NaN for none), drawn as a whisker over a paler bar, for values
 * that are not points; and reference marks per category ({@link Reference}: a package's terms, the status quo),
 * each a thin line across the group and a mark in its own column beside the bars, so equal values stay apart.
 */
public record BarChart(String id, String title, List<String> categories, List<String> series, List<String> colours,
                       double[][] values, double[][] low, double[][] high, List<Reference> references,
                       String xLabel, String yLabel, double yMin, double yMax) implements Chart {

    /** A reference value per category: its name, mark and colour. NaN leaves a category unmarked. */
    public record Reference(String name, Marker marker, String colour, double[] values) {
    }

    private static final int LEFT = 64;
    private static final int COLUMN = 11;

    public BarChart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        colours = List.copyOf(colours);
        references = references == null ? List.of() : List.copyOf(references);
    }

    /** Plain grouped bars in the series palette. */
    public static BarChart of(String id, String title, List<String> categories, List<String> series,
                              double[][] values, String xLabel, String yLabel, double yMin, double yMax) {
        List<String> colours = new ArrayList<>();
        for (int k = 0; k < series.size(); k++) {
            colours.add(Palette.series(k));
        }
        return new BarChart(id, title, categories, series, colours, values, null, null, List.of(), xLabel, yLabel,
                yMin, yMax);
    }

    private double legendWidth() {
        double w = 0;
        for (Key k : keys()) {
            w = Math.max(w, Legend.extent(k));
        }
        return w + 24;
    }

    private double groupWidth() {
        double widest = 0;
        for (String c : categories) {
            widest = Math.max(widest, TextMetrics.width(c, 11, false));
        }
        return Math.max(series.size() * 16 + references.size() * COLUMN + 24, widest + 12);
    }

    @Override
    public int width() {
        return (int) Math.ceil(Math.max(520, LEFT + categories.size() * groupWidth() + legendWidth() + 20));
    }

    @Override
    public int height() {
        return (int) Math.max(330, 60 + keys().size() * Legend.ROW + 20);
    }

    private List<Key> keys() {
        List<Key> keys = new ArrayList<>();
        for (int k = 0; k < series.size(); k++) {
            keys.add(Key.area(colours.get(k), null, series.get(k)));
        }
        for (Reference r : references) {
            keys.add(Key.mark(r.marker(), r.colour(), Palette.INK, r.name()));
        }
        return keys;
    }

    @Override
    public void draw(Canvas c) {
        Frame.title(c, title);
        double right = width() - legendWidth();
        Axis y = new Axis(yMin, yMax, height() - 64, 44);
        Frame.yAxis(c, y, LEFT, right, yLabel);
        double group = (right - LEFT) / categories.size();
        double strip = references.size() * COLUMN;
        double bar = Math.min(16, (group - 12 - strip) / series.size());
        for (int i = 0; i < categories.size(); i++) {
            double x0 = LEFT + i * group + (group - bar * series.size() - strip) / 2;
            c.begin("bars");
            for (int k = 0; k < series.size(); k++) {
                double v = values[k][i];
                if (Double.isNaN(v)) {
                    continue;
                }
                boolean range = low != null && !Double.isNaN(low[k][i]);
                double top = y.at(Math.max(v, yMin));
                double bx = x0 + k * bar;
                c.rect(bx, top, bar - 1, y.at(yMin) - top, range ? Palette.lighter(colours.get(k)) : colours.get(k),
                        null);
                if (range) {
                    double mid = bx + (bar - 1) / 2;
                    c.line(mid, y.at(low[k][i]), mid, y.at(high[k][i]), Palette.INK, 1.5, 0);
                    c.line(mid - 3, y.at(low[k][i]), mid + 3, y.at(low[k][i]), Palette.INK, 1.5, 0);
                    c.line(mid - 3, y.at(high[k][i]), mid + 3, y.at(high[k][i]), Palette.INK, 1.5, 0);
                }
            }
            c.end();
            c.begin("references");
            double sx = x0 + bar * series.size() + 2;
            for (int r = 0; r < references.size(); r++) {
                Reference ref = references.get(r);
                double v = ref.values()[i];
                if (Double.isNaN(v)) {
                    continue;
                }
                c.line(x0 - 2, y.at(v), sx + strip, y.at(v), ref.colour(), 1, 3);
                ref.marker().draw(c, sx + (r + 0.5) * COLUMN, y.at(v), 4, ref.colour(), Palette.INK);
            }
            c.end();
            c.text(LEFT + (i + 0.5) * group, height() - 46, categories.get(i), 11, Align.MIDDLE, false, Palette.INK,
                    false);
        }
        c.line(LEFT, y.at(yMin), right, y.at(yMin), Palette.INK, 1, 0);
        c.text((LEFT + right) / 2, height() - 18, xLabel, 12, Align.MIDDLE, false, Palette.INK, false);
        Legend.draw(c, keys(), right + 16, 56, legendWidth() - 20);
    }
}
