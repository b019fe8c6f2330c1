package org.parley.report.chart;

/** The shape of a point mark; {@code r} is half its size. */
public enum Marker {
    CIRCLE, SQUARE, DIAMOND, TRIANGLE, TRIANGLE_DOWN, BAR, STAR;

    /** Draws the mark centred at (x, y); {@code fill} may be "none" for a hollow mark, {@code stroke} null. */
    public void draw(Canvas c, double x, double y, double r, String fill, String stroke) {
        switch (this) {
            case CIRCLE -> c.circle(x, y, r, fill, stroke);
            case SQUARE -> c.polygon(new double[] {x - r, x + r, x + r, x - r}, new double[] {y - r, y - r, y + r, y + r},
                    fill, stroke);
            case DIAMOND -> c.polygon(new double[] {x, x + r * 1.25, x, x - r * 1.25},
                    new double[] {y - r * 1.25, y, y + r * 1.25, y}, fill, stroke);
            case TRIANGLE -> c.polygon(new double[] {x, x + r * 1.15, x - r * 1.15},
                    new double[] {y - r * 1.2, y + r, y + r}, fill, stroke);
            case TRIANGLE_DOWN -> c.polygon(new double[] {x - r * 1.15, x + r * 1.15, x},
                    new double[] {y - r, y - r, y + r * 1.2}, fill, stroke);
            case BAR -> c.rect(x - r * 0.4, y - r * 1.3, r * 0.8, r * 2.6, fill, stroke);
            case STAR -> {
                double[] xs = new double[10];
                double[] ys = new double[10];
                for (int k = 0; k < 10; k++) {
                    double a = Math.PI * k / 5 - Math.PI / 2;
                    double rr = k % 2 == 0 ? r * 1.5 : r * 0.65;
                    xs[k] = x + rr * Math.cos(a);
                    ys[k] = y + rr * Math.sin(a);
                }
                c.polygon(xs, ys, fill, stroke);
            }
        }
    }

    /** The box the mark covers. */
    public Box box(double x, double y, double r) {
        double e = this == DIAMOND ? r * 1.25 : this == TRIANGLE || this == TRIANGLE_DOWN ? r * 1.2
                : this == BAR ? r * 1.3 : this == STAR ? r * 1.5 : r;
        return new Box(x - e, y - e, 2 * e, 2 * e);
    }
}
