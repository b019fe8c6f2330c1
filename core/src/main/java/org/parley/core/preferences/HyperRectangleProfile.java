package org.parley.core.preferences;

import java.util.List;

/**
 * A GENIUS nonlinear profile: {@code u(o) = min(1, F(o) / maxutility)} where {@code F} aggregates hyper-rectangle
 * constraints ({@link UtilityTree}). Evaluation is O(rectangles x bounds).
 */
public record HyperRectangleProfile(String name, UtilityTree root, double maxUtility, double reservationValue,
                                    double discountFactor) implements Profile {

    public HyperRectangleProfile {
        if (!(maxUtility > 0)) {
            throw new IllegalArgumentException("maxutility must be positive, got " + maxUtility);
        }
        discountFactor = Profile.normaliseDiscount(discountFactor);
    }

    @Override
    public double utility(int[] outcome) {
        return Math.min(1.0, root.value(outcome) / maxUtility);
    }

    /** Every rectangle of the tree, depth first. */
    public List<UtilityTree.Rectangle> rectangles() {
        return root.allRectangles();
    }
}
