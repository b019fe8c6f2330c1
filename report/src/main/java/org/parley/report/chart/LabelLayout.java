package org.parley.report.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the labels of points so that none overprints another label, a point or a leader line, and all stay inside
 * the plot: first beside the point (eight positions around it), then further out with a leader line, then as a
 * number beside the point that a numbered legend explains; a label that finds no room even as a number is left to
 * the legend alone. Greedy and deterministic: labels are tried in the order given, each pass over all labels.
 */
public final class LabelLayout {

    /** Directions tried around a point, in order: right, left, the four diagonals, above, below. */
    private static final int[][] DIRECTIONS = {{1, 0}, {-1, 0}, {1, -1}, {1, 1}, {-1, -1}, {-1, 1}, {0, -1}, {0, 1}};

    /** Distances from the point's edge tried with a leader line, in pixels. */
    private static final double[] LEADERS = {14, 24, 36, 50, 66, 84};

    /** Gap kept between a label and anything else, in pixels. */
    private static final double GAP = 1.5;

    /** A label to place: its text and the point it names, with the radius of the point's mark. */
    public record Request(String text, double x, double y, double radius) {
    }

    /**
     * A placed label: the request it answers, the text drawn (the label, or its number), the text's left end and
     * baseline, its box, and the leader line from the point's edge to the box (null when the label sits beside it).
     */
    public record Placed(int request, String text, double x, double y, Box box, Leader leader) {
    }

    /** A leader line from (x1, y1) at the point's edge to (x2, y2) on its label's box. */
    public record Leader(double x1, double y1, double x2, double y2) {
    }

    /** A label replaced by a number: the number, the label, and whether the number found room on the chart. */
    public record Numbered(int number, int request, String text, boolean onChart) {
    }

    /** Where every label went. */
    public record Result(List<Placed> placed, List<Numbered> numbered) {
    }

    private final Box bounds;
    private final double size;
    private final List<Box> marks = new ArrayList<>();
    private final List<Box> labels = new ArrayList<>();
    private final List<Leader> leaders = new ArrayList<>();
    private final List<double[]> lines;

    private LabelLayout(Box bounds, double size, List<Box> obstacles, List<double[]> lines) {
        this.bounds = bounds;
        this.size = size;
        this.lines = lines;
        obstacles.forEach(b -> marks.add(b.grow(GAP)));
    }

    /**
     * Places the labels in {@code bounds} (the plot area), avoiding the {@code obstacles} (the marks of every
     * point, and anything else already drawn there that text must not cover), at {@code size} pixels.
     */
    public static Result place(List<Request> requests, Box bounds, List<Box> obstacles, double size) {
        return new LabelLayout(bounds, size, obstacles, List.of()).run(requests);
    }

    /**
     * As {@link #place(List, Box, List, double)}, and no label's box is crossed by any of the {@code lines}
     * (segments {@code {x1, y1, x2, y2}} already drawn: series, rules), which leaders may cross.
     */
    public static Result place(List<Request> requests, Box bounds, List<Box> obstacles, List<double[]> lines,
                               double size) {
        return new LabelLayout(bounds, size, obstacles, List.copyOf(lines)).run(requests);
    }

    private Result run(List<Request> requests) {
        Placed[] placed = new Placed[requests.size()];
        for (int k = 0; k < requests.size(); k++) {
            placed[k] = beside(k, requests.get(k), requests.get(k).text());
        }
        for (int k = 0; k < requests.size(); k++) {
            if (placed[k] == null) {
                placed[k] = withLeader(k, requests.get(k), requests.get(k).text());
            }
        }
        List<Numbered> numbered = new ArrayList<>();
        for (int k = 0; k < requests.size(); k++) {
            if (placed[k] == null) {
                String number = Integer.toString(numbered.size() + 1);
                Request r = requests.get(k);
                Placed p = beside(k, r, number);
                placed[k] = p == null ? withLeader(k, r, number) : p;
                numbered.add(new Numbered(numbered.size() + 1, k, r.text(), placed[k] != null));
            }
        }
        List<Placed> out = new ArrayList<>();
        for (Placed p : placed) {
            if (p != null) {
                out.add(p);
            }
        }
        return new Result(List.copyOf(out), List.copyOf(numbered));
    }

    private Placed beside(int k, Request r, String text) {
        for (int[] d : DIRECTIONS) {
            Box b = candidate(r, text, d, r.radius() + 2.5);
            if (free(b, null)) {
                return take(k, text, b, null);
            }
        }
        return null;
    }

    private Placed withLeader(int k, Request r, String text) {
        for (double distance : LEADERS) {
            for (int[] d : DIRECTIONS) {
                Box b = candidate(r, text, d, r.radius() + distance);
                Leader line = leader(r, b);
                if (free(b, line)) {
                    return take(k, text, b, line);
                }
            }
        }
        return null;
    }

    /** The box of {@code text} placed in direction {@code d} at {@code distance} pixels from the point. */
    private Box candidate(Request r, String text, int[] d, double distance) {
        double w = TextMetrics.width(text, size, false);
        double h = TextMetrics.height(size);
        double along = d[0] != 0 && d[1] != 0 ? distance * 0.75 : distance;
        double left = d[0] > 0 ? r.x() + along : d[0] < 0 ? r.x() - along - w : r.x() - w / 2;
        double top = d[1] > 0 ? r.y() + along : d[1] < 0 ? r.y() - along - h : r.y() - h / 2;
        return new Box(left, top, w, h);
    }

    /** The leader from the point's edge towards the nearest point of the box. */
    private static Leader leader(Request r, Box b) {
        double tx = Math.max(b.x(), Math.min(r.x(), b.right()));
        double ty = Math.max(b.y(), Math.min(r.y(), b.bottom()));
        double dx = tx - r.x();
        double dy = ty - r.y();
        double len = Math.hypot(dx, dy);
        double sx = len == 0 ? r.x() : r.x() + dx / len * (r.radius() + 1);
        double sy = len == 0 ? r.y() : r.y() + dy / len * (r.radius() + 1);
        return new Leader(sx, sy, tx, ty);
    }

    private boolean free(Box b, Leader line) {
        if (!bounds.holds(b)) {
            return false;
        }
        for (Box t : labels) {
            if (t.overlaps(b, 0) || line != null && t.crossedBy(line.x1(), line.y1(), line.x2(), line.y2())) {
                return false;
            }
        }
        for (Box t : marks) {
            // a leader leaves its own point's mark (and any mark on top of it): only other marks are in its way
            if (t.overlaps(b, 0) || line != null && !t.contains(line.x1(), line.y1())
                    && t.crossedBy(line.x1(), line.y1(), line.x2(), line.y2())) {
                return false;
            }
        }
        Box padded = b.grow(GAP);
        for (double[] l : lines) {
            if (padded.crossedBy(l[0], l[1], l[2], l[3])) {
                return false;
            }
        }
        for (Leader l : leaders) {
            if (padded.crossedBy(l.x1(), l.y1(), l.x2(), l.y2())) {
                return false;
            }
        }
        return true;
    }

    private Placed take(int k, String text, Box b, Leader line) {
        labels.add(b.grow(GAP));
        if (line != null) {
            leaders.add(line);
        }
        return new Placed(k, text, b.x(), b.y() + TextMetrics.ASCENT * size, b, line);
    }
}
