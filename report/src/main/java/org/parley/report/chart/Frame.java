package org.parley.report.chart;

import java.util.List;
import org.parley.report.chart.Canvas.Align;

/** What every chart draws around its plot: title, axes with ticks and labels, grid, and a legend. */
final class Frame {

    private Frame() {
    }

    static void title(Canvas c, String title) {
        c.text(12, 22, title, 14, Align.START, true, Palette.INK, false);
    }

    /** A vertical value axis at {@code x} with grid lines across to {@code right}, and its label. */
    static void yAxis(Canvas c, Axis y, double x, double right, String label) {
        for (double v : y.ticks(5)) {
            double py = y.at(v);
            c.line(x, py, right, py, Palette.GRID, 1, 0);
            c.text(x - 6, py + 4, Fmt.tick(v), 11, Align.END, false, Palette.INK, false);
        }
        c.line(x, y.from(), x, y.to(), Palette.INK, 1, 0);
        c.text(14, (y.from() + y.to()) / 2, label, 12, Align.MIDDLE, false, Palette.INK, true);
    }

    /** A horizontal value axis at {@code y} with grid lines up to {@code top}, and its label. */
    static void xAxis(Canvas c, Axis x, double y, double top, String label, double labelY) {
        for (double v : x.ticks(6)) {
            double px = x.at(v);
            c.line(px, top, px, y, Palette.GRID, 1, 0);
            c.text(px, y + 16, Fmt.tick(v), 11, Align.MIDDLE, false, Palette.INK, false);
        }
        c.line(x.from(), y, x.to(), y, Palette.INK, 1, 0);
        c.text((x.from() + x.to()) / 2, labelY, label, 12, Align.MIDDLE, false, Palette.INK, false);
    }

    /** A legend of coloured swatches from ({@code x}, {@code y}) downwards. */
    static void legend(Canvas c, double x, double y, List<String> names, boolean lines) {
        for (int k = 0; k < names.size(); k++) {
            double py = y + 16 * k;
            if (lines) {
                c.line(x, py - 4, x + 22, py - 4, Palette.series(k), 2.5, dash(k));
            } else {
                c.rect(x, py - 10, 12, 12, Palette.series(k), null);
            }
            c.text(x + (lines ? 28 : 18), py, names.get(k), 11, Align.START, false, Palette.INK, false);
        }
    }

    /** Series past the eighth repeat a colour, so they are dashed: solid, then 6 px, then 2 px dashes. */
    static double dash(int k) {
        int round = k / Palette.SERIES.size();
        return round == 0 ? 0 : round == 1 ? 6 : 2;
    }
}
