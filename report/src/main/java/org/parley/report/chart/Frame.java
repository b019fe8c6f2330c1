package org.parley.report.chart;

import org.parley.report.chart.Canvas.Align;

/** What every chart draws around its plot: title, axes with ticks and labels, and grid lines. */
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
}
