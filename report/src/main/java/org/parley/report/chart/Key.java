package org.parley.report.chart;

/** One entry of a chart's legend: a swatch (a mark, a line, a dashed line or an area) and its words. */
public record Key(Swatch swatch, Marker marker, String colour, String stroke, String text) {

    /** How an entry's swatch is drawn. */
    public enum Swatch { MARK, LINE, DASHED, AREA, NONE }

    /** A mark entry. */
    public static Key mark(Marker m, String fill, String stroke, String text) {
        return new Key(Swatch.MARK, m, fill, stroke, text);
    }

    /** A line entry, solid or dashed. */
    public static Key line(String colour, boolean dashed, String text) {
        return new Key(dashed ? Swatch.DASHED : Swatch.LINE, null, colour, null, text);
    }

    /** An area entry. */
    public static Key area(String fill, String stroke, String text) {
        return new Key(Swatch.AREA, null, fill, stroke, text);
    }

    /** Words alone (a numbered label's meaning). */
    public static Key words(String text) {
        return new Key(Swatch.NONE, null, null, null, text);
    }
}
