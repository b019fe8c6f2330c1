package org.parley.core.deals;

import java.util.ArrayList;
import java.util.List;

/**
 * The Pareto frontier of a deal space, reported two ways: the distinct non-dominated utility vectors
 * ({@link #points()}, ties within {@code eps} merged, in frontier order {@code u1} descending) and the number of
 * outcomes on them ({@link #outcomes()}). Carries how it was computed: the algorithm, the tolerance, whether only
 * rational outcomes (every party at or above its reservation value) were considered, and the sizes of the
 * intermediate frontiers of the per-issue merge.
 */
public record ParetoFrontier(List<FrontierPoint> points, long outcomes, String algorithm, double eps,
                             boolean rationalOnly, List<Integer> stages) {

    public ParetoFrontier {
        points = List.copyOf(points);
        stages = stages == null ? List.of() : List.copyOf(stages);
    }

    /** The number of distinct utility points. */
    public int size() {
        return points.size();
    }

    /** The number of parties. */
    public int parties() {
        return points.isEmpty() ? 0 : points.get(0).utilities().length;
    }

    /**
     * The rational frontier: the points where every party gets at least its reservation value ({@code u_i >= rv_i -
     * eps}). Since anything that dominates a rational point is rational, this is the frontier of the rational
     * outcomes.
     */
    public ParetoFrontier rational(double[] rv) {
        List<FrontierPoint> kept = new ArrayList<>();
        long n = 0;
        for (FrontierPoint p : points) {
            boolean ok = true;
            for (int i = 0; i < rv.length; i++) {
                ok &= p.utility(i) >= rv[i] - eps;
            }
            if (ok) {
                kept.add(p);
                n = PerIssueMerge.add(n, p.outcomes());
            }
        }
        return new ParetoFrontier(kept, n, algorithm, eps, true, stages);
    }
}
