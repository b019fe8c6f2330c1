package org.parley.report.chart;

/** An axis-aligned rectangle in pixels (y down): where a text or a mark lies. */
public record Box(double x, double y, double w, double h) {

    /** The right edge. */
    public double right() {
        return x + w;
    }

    /** The bottom edge. */
    public double bottom() {
        return y + h;
    }

    /** Whether the two boxes share more than a hair of area ({@code slack} pixels of overlap are forgiven). */
    public boolean overlaps(Box o, double slack) {
        return x < o.right() - slack && o.x < right() - slack && y < o.bottom() - slack && o.y < bottom() - slack;
    }

    /** Whether {@code o} lies wholly inside this box. */
    public boolean holds(Box o) {
        return o.x >= x && o.y >= y && o.right() <= right() && o.bottom() <= bottom();
    }

    /** Whether the point lies inside the box (edges included). */
    public boolean contains(double px, double py) {
        return px >= x && px <= right() && py >= y && py <= bottom();
    }

    /** This box grown by {@code d} pixels on every side. */
    public Box grow(double d) {
        return new Box(x - d, y - d, w + 2 * d, h + 2 * d);
    }

    /** Whether the segment from (x1, y1) to (x2, y2) passes through the box (Liang-Barsky clipping). */
    public boolean crossedBy(double x1, double y1, double x2, double y2) {
        double t0 = 0;
        double t1 = 1;
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1 - x, right() - x1, y1 - y, bottom() - y1};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
                if (t0 > t1) {
                    return false;
                }
            }
        }
        return true;
    }
}
