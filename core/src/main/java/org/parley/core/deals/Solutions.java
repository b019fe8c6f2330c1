package org.parley.core.deals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The classic bargaining solutions on the distinct points of a Pareto frontier, with disagreement point {@code d}.
 * Unless stated, the feasible set is the points with {@code u >= d}. Each returns every maximiser within
 * {@code eps} and picks the first in frontier order ({@code u1} descending); empty when no point is feasible.
 */
public final class Solutions {

    /** The JSON names of the solutions, in report order. */
    public static final List<String> NAMES = List.of("nash", "kalai_smorodinsky", "egalitarian", "utilitarian",
            "min_difference");

    private Solutions() {
    }

    /** Weighted Nash: {@code argmax sum_i a_i ln(u_i - d_i)} over points with {@code u > d} in every coordinate. */
    public static Optional<Solution> nash(ParetoFrontier f, double[] d, double[] a) {
        List<FrontierPoint> feasible = new ArrayList<>();
        for (FrontierPoint p : f.points()) {
            boolean ok = true;
            for (int i = 0; i < d.length; i++) {
                ok &= p.utility(i) - d[i] > f.eps();
            }
            if (ok) {
                feasible.add(p);
            }
        }
        return best("nash", feasible, p -> {
            double s = 0;
            for (int i = 0; i < d.length; i++) {
                s += a[i] * Math.log(p.utility(i) - d[i]);
            }
            return s;
        }, 1e-12);
    }

    /** Unweighted Nash, {@code a_i = 1}. */
    public static Optional<Solution> nash(ParetoFrontier f, double[] d) {
        double[] a = new double[d.length];
        java.util.Arrays.fill(a, 1.0);
        return nash(f, d, a);
    }

    /**
     * Kalai-Smorodinsky: with the ideal point {@code I_i = max u_i} over feasible points, maximise
     * {@code min_i (u_i - d_i) / (I_i - d_i)} (parties with {@code I_i = d_i} are left out of the minimum).
     */
    public static Optional<Solution> kalaiSmorodinsky(ParetoFrontier f, double[] d) {
        List<FrontierPoint> feasible = feasible(f, d);
        double[] ideal = ideal(feasible, d.length);
        return best("kalai_smorodinsky", feasible, p -> {
            double m = Double.POSITIVE_INFINITY;
            for (int i = 0; i < d.length; i++) {
                if (ideal[i] - d[i] > f.eps()) {
                    m = Math.min(m, (p.utility(i) - d[i]) / (ideal[i] - d[i]));
                }
            }
            return m == Double.POSITIVE_INFINITY ? 0 : m;
        }, f.eps());
    }

    /** Egalitarian (Kalai 1977): maximise {@code min_i (u_i - d_i)}. */
    public static Optional<Solution> egalitarian(ParetoFrontier f, double[] d) {
        return best("egalitarian", feasible(f, d), p -> {
            double m = Double.POSITIVE_INFINITY;
            for (int i = 0; i < d.length; i++) {
                m = Math.min(m, p.utility(i) - d[i]);
            }
            return m;
        }, f.eps());
    }

    /** Utilitarian: maximise {@code sum_i c_i u_i} over points with {@code u >= d}. */
    public static Optional<Solution> utilitarian(ParetoFrontier f, double[] d, double[] c) {
        return best("utilitarian", feasible(f, d), p -> {
            double s = 0;
            for (int i = 0; i < c.length; i++) {
                s += c[i] * p.utility(i);
            }
            return s;
        }, f.eps());
    }

    /**
     * GENIUS's "Kalai-Smorodinsky", under its own name: the frontier point minimising {@code |u_1 - u_2|} on raw
     * utilities ({@code sum_{i<j} |u_i - u_j|} for more parties), over the whole frontier as GENIUS does. The
     * objective reported is the (positive) difference.
     */
    public static Optional<Solution> minDifference(ParetoFrontier f) {
        Optional<Solution> s = best("min_difference", f.points(), p -> {
            double diff = 0;
            for (int i = 0; i < p.utilities().length; i++) {
                for (int j = i + 1; j < p.utilities().length; j++) {
                    diff += Math.abs(p.utility(i) - p.utility(j));
                }
            }
            return -diff;
        }, f.eps());
        return s.map(x -> new Solution(x.name(), x.point(), x.ties(), -x.objective()));
    }

    /** The points with {@code u_i >= d_i - eps} for every party. */
    static List<FrontierPoint> feasible(ParetoFrontier f, double[] d) {
        List<FrontierPoint> out = new ArrayList<>();
        for (FrontierPoint p : f.points()) {
            boolean ok = true;
            for (int i = 0; i < d.length; i++) {
                ok &= p.utility(i) >= d[i] - f.eps();
            }
            if (ok) {
                out.add(p);
            }
        }
        return out;
    }

    /** The ideal point of a set of points: the best utility of each party. */
    static double[] ideal(List<FrontierPoint> points, int n) {
        double[] ideal = new double[n];
        java.util.Arrays.fill(ideal, Double.NEGATIVE_INFINITY);
        for (FrontierPoint p : points) {
            for (int i = 0; i < n; i++) {
                ideal[i] = Math.max(ideal[i], p.utility(i));
            }
        }
        return ideal;
    }

    private static Optional<Solution> best(String name, List<FrontierPoint> points,
                                           ToDoubleFunction<FrontierPoint> objective, double tol) {
        if (points.isEmpty()) {
            return Optional.empty();
        }
        double bestValue = Double.NEGATIVE_INFINITY;
        for (FrontierPoint p : points) {
            bestValue = Math.max(bestValue, objective.applyAsDouble(p));
        }
        List<FrontierPoint> ties = new ArrayList<>();
        for (FrontierPoint p : points) {
            if (objective.applyAsDouble(p) >= bestValue - tol) {
                ties.add(p);
            }
        }
        return Optional.of(new Solution(name, ties.get(0), ties, bestValue));
    }
}
