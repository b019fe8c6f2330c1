package org.parley.report.chart;

import java.util.List;
import org.parley.report.chart.Canvas.Align;

/** Grouped vertical bars: one group per category, one bar per series, a labelled value axis and a legend. */
public record BarChart(String id, String title, List<String> categories, List<String> series, double[][] values,
                       String xLabel, String yLabel, double yMin, double yMax) implements Chart {

    private static final int LEFT = 64;
    private static final int LEGEND = 150;

    @Override
    public int width() {
        return Math.max(520, LEFT + categories.size() * (series.size() * 16 + 24) + LEGEND + 20);
    }

    @Override
    public int height() {
        return 330;
    }

    @Override
    public void draw(Canvas c) {
        Frame.title(c, title);
        double right = width() - LEGEND;
        Axis y = new Axis(yMin, yMax, height() - 64, 44);
        Frame.yAxis(c, y, LEFT, right, yLabel);
        double group = (right - LEFT) / categories.size();
        double bar = Math.min(16, (group - 12) / series.size());
        for (int i = 0; i < categories.size(); i++) {
            double x0 = LEFT + i * group + (group - bar * series.size()) / 2;
            for (int k = 0; k < series.size(); k++) {
                double v = values[k][i];
                if (Double.isNaN(v)) {
                    continue;
                }
                double top = y.at(Math.max(v, yMin));
                c.rect(x0 + k * bar, top, bar - 1, y.at(yMin) - top, Palette.series(k), null);
            }
            c.text(LEFT + (i + 0.5) * group, height() - 46, categories.get(i), 11, Align.MIDDLE, false, Palette.INK,
                    false);
        }
        c.line(LEFT, y.at(yMin), right, y.at(yMin), Palette.INK, 1, 0);
        c.text((LEFT + right) / 2, height() - 18, xLabel, 12, Align.MIDDLE, false, Palette.INK, false);
        Frame.legend(c, right + 16, 56, series, false);
    }
}
