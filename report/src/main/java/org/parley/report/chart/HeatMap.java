package org.parley.report.chart;

import java.util.List;
import org.parley.report.chart.Canvas.Align;

/**
 * A table of coloured cells (rows x columns) with a value written in each: diverging colours around 0 (margins) or
 * sequential from {@code min} to {@code max} (positions); a colour key below. NaN leaves a cell grey and empty.
 */
public record HeatMap(String id, String title, List<String> rows, List<String> columns, double[][] values,
                      String[][] labels, boolean diverging, double min, double max, String rowLabel,
                      String columnLabel, String keyLabel) implements Chart {

    private static final int ROW_HEIGHT = 24;
    private static final int TOP = 70;

    private int left() {
        return 30 + 7 * rows.stream().mapToInt(String::length).max().orElse(4);
    }

    private int cell() {
        return Math.max(64, 7 * columns.stream().mapToInt(String::length).max().orElse(4) + 10);
    }

    @Override
    public int width() {
        int table = left() + cell() * columns.size() + 20;
        int titled = 24 + (int) Math.ceil(title.length() * 8.6);
        int keyed = left() + 21 * 12 + 12 + (int) Math.ceil(keyLabel.length() * 6.6) + 12;
        return Math.max(420, Math.max(table, Math.max(titled, keyed)));
    }

    @Override
    public int height() {
        return TOP + ROW_HEIGHT * rows.size() + 70;
    }

    /** The fill of a value. */
    String fill(double v) {
        if (Double.isNaN(v)) {
            return "#EEEEEE";
        }
        return diverging ? Palette.diverging(v, Math.max(Math.abs(min), Math.abs(max)))
                : Palette.sequential((v - min) / (max - min));
    }

    @Override
    public void draw(Canvas c) {
        Frame.title(c, title);
        int left = left();
        int cell = cell();
        c.text(left + cell * columns.size() / 2.0, 42, columnLabel, 12, Align.MIDDLE, false, Palette.INK, false);
        c.text(12, 42, rowLabel, 12, Align.START, false, Palette.INK, false);
        for (int j = 0; j < columns.size(); j++) {
            c.text(left + (j + 0.5) * cell, TOP - 8, columns.get(j), 11, Align.MIDDLE, true, Palette.INK, false);
        }
        for (int i = 0; i < rows.size(); i++) {
            double y = TOP + i * ROW_HEIGHT;
            c.text(left - 8, y + 16, rows.get(i), 11, Align.END, false, Palette.INK, false);
            for (int j = 0; j < columns.size(); j++) {
                String fill = fill(values[i][j]);
                c.rect(left + j * cell, y, cell, ROW_HEIGHT, fill, "#FFFFFF");
                if (labels[i][j] != null) {
                    c.text(left + (j + 0.5) * cell, y + 16, labels[i][j], 11, Align.MIDDLE, false,
                            Palette.textOn(fill), false);
                }
            }
        }
        key(c, left, TOP + ROW_HEIGHT * rows.size() + 22);
    }

    private void key(Canvas c, double x, double y) {
        int steps = 20;
        double w = 12;
        for (int s = 0; s <= steps; s++) {
            c.rect(x + s * w, y, w, 12, fill(min + (max - min) * s / steps), null);
        }
        c.text(x, y + 28, Fmt.tick(min), 11, Align.START, false, Palette.INK, false);
        if (diverging && min < 0 && max > 0) {
            c.text(x + w * steps * (-min) / (max - min) + w / 2, y + 28, "0", 11, Align.MIDDLE, false, Palette.INK,
                    false);
        }
        c.text(x + w * (steps + 1), y + 28, Fmt.tick(max), 11, Align.END, false, Palette.INK, false);
        c.text(x + w * (steps + 1) + 12, y + 11, keyLabel, 11, Align.START, false, Palette.INK, false);
    }
}
