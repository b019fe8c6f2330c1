package org.parley.core.deals;

import java.util.List;

/**
 * A curve in the utility plane of two parties, point by point: {@code first.get(k)} and {@code second.get(k)} are
 * the first and the second party's utility at point k (two lists rather than a list of pairs keeps the JSON short).
 */
public record PairCurve(List<Double> first, List<Double> second) {

    public PairCurve {
        first = List.copyOf(first);
        second = List.copyOf(second);
        if (first.size() != second.size()) {
            throw new IllegalArgumentException("a curve needs as many first as second utilities, got "
                    + first.size() + " and " + second.size());
        }
    }

    /** The number of points. */
    public int size() {
        return first.size();
    }
}
