package org.parley.core.preferences;

import java.util.ArrayList;
import java.util.List;

/**
 * A node of a nonlinear (hyper-rectangle) utility: its rectangles and nested nodes, aggregated by sum (default),
 * max or min, the whole multiplied by the node's weight. Bounds are value indices, inclusive.
 */
public record UtilityTree(Aggregation aggregation, double weight, List<Rectangle> rectangles,
                          List<UtilityTree> children) {

    /** How a node combines its parts. */
    public enum Aggregation { SUM, MAX, MIN }

    public UtilityTree {
        rectangles = List.copyOf(rectangles);
        children = List.copyOf(children);
    }

    /**
     * A hyper-rectangle worth {@code utility * weight}: INCLUDES contributes when every bound holds, EXCLUDES when
     * any bound is violated; with no bounds it always contributes.
     */
    public record Rectangle(double value, boolean excludes, int[] issue, int[] min, int[] max) {

        public Rectangle {
            issue = issue.clone();
            min = min.clone();
            max = max.clone();
        }

        /** Whether the rectangle contributes to outcome {@code o}. */
        public boolean holds(int[] o) {
            if (issue.length == 0) {
                return true;
            }
            for (int b = 0; b < issue.length; b++) {
                int v = o[issue[b]];
                boolean inside = v >= min[b] && v <= max[b];
                if (excludes && !inside) {
                    return true;
                }
                if (!excludes && !inside) {
                    return false;
                }
            }
            return !excludes;
        }
    }

    /** The node's value {@code weight * aggregate(parts)} at outcome {@code o}. */
    public double value(int[] o) {
        double acc = aggregation == Aggregation.SUM ? 0 : Double.NaN;
        for (Rectangle r : rectangles) {
            acc = combine(acc, r.holds(o) ? r.value() : 0);
        }
        for (UtilityTree c : children) {
            acc = combine(acc, c.value(o));
        }
        return weight * (Double.isNaN(acc) ? 0 : acc);
    }

    private double combine(double acc, double x) {
        switch (aggregation) {
            case MAX:
                return Double.isNaN(acc) ? x : Math.max(acc, x);
            case MIN:
                return Double.isNaN(acc) ? x : Math.min(acc, x);
            default:
                return acc + x;
        }
    }

    /** Every rectangle below this node, depth first. */
    public List<Rectangle> allRectangles() {
        List<Rectangle> all = new ArrayList<>(rectangles);
        for (UtilityTree c : children) {
            all.addAll(c.allRectangles());
        }
        return all;
    }
}
