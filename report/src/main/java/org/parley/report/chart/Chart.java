package org.parley.report.chart;

/** A chart: an id (used for its figure and PNG file), a title, a size in pixels, and how to draw itself. */
public interface Chart {

    /** A short id: letters, digits and '-'. */
    String id();

    /** The title shown above the chart and read by screen readers. */
    String title();

    int width();

    int height();

    /** Draws the chart on the canvas. */
    void draw(Canvas c);

    /** The chart as an inline SVG element. */
    default String svg() {
        SvgCanvas c = new SvgCanvas(width(), height());
        draw(c);
        return c.toSvg(id(), title());
    }
}
