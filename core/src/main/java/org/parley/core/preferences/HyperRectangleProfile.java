package org.parley.core.preferences;

import java.util.List;

/**
 * A GENIUS nonlinear profile: {@code u(o) = min(1, F(o) / maxutility)} where {@code F} aggregates hyper-rectangle
 * constraints ({@link UtilityTree}). Evaluation is O(rectangles x bounds); a tree that is one sum of rectangles (the
 * usual case) is evaluated from flat arrays.
 */
public final class HyperRectangleProfile implements Profile {

    private final String name;
    private final UtilityTree root;
    private final double maxUtility;
    private final double reservationValue;
    private final double discountFactor;
    private final boolean flat;
    private final int[] start;
    private final int[] issue;
    private final int[] min;
    private final int[] max;
    private final double[] value;
    private final boolean[] excludes;

    public HyperRectangleProfile(String name, UtilityTree root, double maxUtility, double reservationValue,
                                 double discountFactor) {
        if (!(maxUtility > 0)) {
            throw new IllegalArgumentException("maxutility must be positive, got " + maxUtility);
        }
        this.name = name;
        this.root = root;
        this.maxUtility = maxUtility;
        this.reservationValue = reservationValue;
        this.discountFactor = Profile.normaliseDiscount(discountFactor);
        this.flat = root.aggregation() == UtilityTree.Aggregation.SUM && root.children().isEmpty();
        List<UtilityTree.Rectangle> rs = root.rectangles();
        int bounds = rs.stream().mapToInt(r -> r.issue().length).sum();
        start = new int[rs.size() + 1];
        issue = new int[bounds];
        min = new int[bounds];
        max = new int[bounds];
        value = new double[rs.size()];
        excludes = new boolean[rs.size()];
        int b = 0;
        for (int r = 0; r < rs.size(); r++) {
            UtilityTree.Rectangle rect = rs.get(r);
            start[r] = b;
            value[r] = rect.value() * root.weight();
            excludes[r] = rect.excludes();
            for (int k = 0; k < rect.issue().length; k++, b++) {
                issue[b] = rect.issue()[k];
                min[b] = rect.min()[k];
                max[b] = rect.max()[k];
            }
        }
        start[rs.size()] = b;
    }

    @Override
    public String name() {
        return name;
    }

    /** The utility tree. */
    public UtilityTree root() {
        return root;
    }

    /** The {@code maxutility} that {@code F} is divided by. */
    public double maxUtility() {
        return maxUtility;
    }

    @Override
    public double reservationValue() {
        return reservationValue;
    }

    @Override
    public double discountFactor() {
        return discountFactor;
    }

    @Override
    public double utility(int[] o) {
        if (!flat) {
            return Math.min(1.0, root.value(o) / maxUtility);
        }
        double f = 0;
        for (int r = 0; r < value.length; r++) {
            int end = start[r + 1];
            boolean all = true;
            for (int b = start[r]; b < end; b++) {
                int v = o[issue[b]];
                if (v < min[b] || v > max[b]) {
                    all = false;
                    break;
                }
            }
            if (start[r] == end || all != excludes[r]) {
                f += value[r];
            }
        }
        return Math.min(1.0, f / maxUtility);
    }

    /** Every rectangle of the tree, depth first. */
    public List<UtilityTree.Rectangle> rectangles() {
        return root.allRectangles();
    }
}
