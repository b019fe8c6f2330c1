package org.parley.report.chart;

import java.util.List;

/** Lines over rounds 0..n-1, one per series, with a labelled value axis and a legend (dashed past eight series). */
public record LineChart(String id, String title, List<String> series, List<double[]> values, String xLabel,
                        String yLabel, double yMin, double yMax) implements Chart {

    private static final int LEFT = 64;
    private static final int LEGEND = 130;

    @Override
    public int width() {
        return 560;
    }

    @Override
    public int height() {
        return Math.max(300, 70 + 16 * series.size());
    }

    @Override
    public void draw(Canvas c) {
        Frame.title(c, title);
        double right = width() - LEGEND;
        int rounds = values.stream().mapToInt(v -> v.length).max().orElse(1);
        Axis y = new Axis(yMin, yMax, height() - 56, 44);
        Axis x = new Axis(0, Math.max(1, rounds - 1), LEFT, right - 8);
        Frame.yAxis(c, y, LEFT, right - 8, yLabel);
        Frame.xAxis(c, x, y.at(yMin), y.at(yMax), xLabel, height() - 12);
        for (int k = 0; k < series.size(); k++) {
            double[] v = values.get(k);
            double[] xs = new double[v.length];
            double[] ys = new double[v.length];
            for (int r = 0; r < v.length; r++) {
                xs[r] = x.at(r);
                ys[r] = y.at(v[r]);
            }
            c.polyline(xs, ys, Palette.series(k), 2, Frame.dash(k));
        }
        Frame.legend(c, right + 6, 52, series, true);
    }
}
