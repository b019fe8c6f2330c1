package org.parley.report.chart;

import java.util.ArrayList;
import java.util.List;
import org.parley.report.chart.Canvas.Align;

/** A legend laid out in rows across a given width, entries in order, wrapping when a row is full. */
final class Legend {

    static final double SIZE = 11;
    static final double ROW = 17;
    private static final double SWATCH = 22;

    private Legend() {
    }

    /** The left end and row of every entry, for a legend from {@code x} spanning {@code width} pixels. */
    static double[][] layout(List<Key> keys, double x, double width) {
        double[][] at = new double[keys.size()][2];
        double cx = x;
        int row = 0;
        for (int k = 0; k < keys.size(); k++) {
            double w = extent(keys.get(k));
            if (cx > x && cx + w > x + width) {
                row++;
                cx = x;
            }
            at[k][0] = cx;
            at[k][1] = row;
            cx += w + 14;
        }
        return at;
    }

    /** The number of rows the legend takes. */
    static int rows(List<Key> keys, double width) {
        double[][] at = layout(keys, 0, width);
        return keys.isEmpty() ? 0 : (int) at[at.length - 1][1] + 1;
    }

    static double extent(Key k) {
        return (k.swatch() == Key.Swatch.NONE ? 0 : SWATCH + 5) + TextMetrics.width(k.text(), SIZE, false);
    }

    /** Draws the legend with its first row's baseline at {@code y}. */
    static void draw(Canvas c, List<Key> keys, double x, double y, double width) {
        double[][] at = layout(keys, x, width);
        c.begin("legend");
        for (int k = 0; k < keys.size(); k++) {
            Key key = keys.get(k);
            double px = at[k][0];
            double py = y + at[k][1] * ROW;
            double mid = py - 4;
            switch (key.swatch()) {
                case MARK -> key.marker().draw(c, px + SWATCH / 2, mid, 4.5, key.colour(), key.stroke());
                case LINE -> c.line(px, mid, px + SWATCH, mid, key.colour(), 2.5, 0);
                case DASHED -> c.line(px, mid, px + SWATCH, mid, key.colour(), 1.5, 5);
                case AREA -> c.rect(px, mid - 6, SWATCH, 12, key.colour(), key.stroke());
                case NONE -> { }
            }
            double tx = px + (key.swatch() == Key.Swatch.NONE ? 0 : SWATCH + 5);
            c.text(tx, py, key.text(), SIZE, Align.START, false, Palette.INK, false);
        }
        c.end();
    }

    /** Entries for the numbers a label layout used: "1 = label". */
    static List<Key> numbers(LabelLayout.Result r) {
        List<Key> out = new ArrayList<>();
        r.numbered().forEach(n -> out.add(Key.words(n.number() + " = " + n.text() + (n.onChart() ? ""
                : " (no room to mark it)"))));
        return out;
    }
}
