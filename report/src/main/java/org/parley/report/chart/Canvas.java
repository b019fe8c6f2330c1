package org.parley.report.chart;

/** Where a chart draws: SVG text for the report, a bitmap for PNG copies. Coordinates in pixels, y down. */
public interface Canvas {

    /** How a text is placed relative to its point. */
    enum Align { START, MIDDLE, END }

    /** A filled rectangle; {@code stroke} may be null. */
    void rect(double x, double y, double w, double h, String fill, String stroke);

    /** A straight line; {@code dash} 0 draws it solid, otherwise the dash length in pixels. */
    void line(double x1, double y1, double x2, double y2, String stroke, double width, double dash);

    /** A polyline through the points. */
    void polyline(double[] xs, double[] ys, String stroke, double width, double dash);

    /** A circle; {@code fill} may be "none", {@code stroke} null. */
    void circle(double cx, double cy, double r, String fill, String stroke);

    /** A closed polygon through the points; {@code fill} may be "none", {@code stroke} null. */
    void polygon(double[] xs, double[] ys, String fill, String stroke);

    /** Opens a group of marks named by a class ({@code <g class>} in SVG), for readers and tests; close with end. */
    default void begin(String cls) {
    }

    /** Closes the group last opened. */
    default void end() {
    }

    /** A text with its baseline at {@code y}; {@code vertical} turns it 90 degrees counter-clockwise. */
    void text(double x, double y, String s, double size, Align align, boolean bold, String fill, boolean vertical);
}
