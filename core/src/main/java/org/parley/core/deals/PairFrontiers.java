package org.parley.core.deals;

import java.util.ArrayList;
import java.util.List;

/**
 * The two-party views of a deal space ({@link PairFrontier}), taken from its frontier over all parties: the Pareto
 * frontier of the projection of a frontier onto two parties is the two-party frontier of the whole space, because
 * any outcome whose pair of utilities no outcome improves is matched on that pair by a point of the full frontier.
 * The same holds for the rational frontier and the outcomes every party accepts. Views of every pair of parties when
 * there are at most {@value #ALL_PAIRS_UP_TO}, else of each party with the next (a ring), so every party appears.
 */
public final class PairFrontiers {

    /** Up to this many parties every pair is viewed; beyond it, the ring of neighbours. */
    public static final int ALL_PAIRS_UP_TO = 4;

    private PairFrontiers() {
    }

    /** The pairs of party indices viewed among {@code n} parties, in order. */
    public static List<int[]> pairs(int n) {
        List<int[]> out = new ArrayList<>();
        if (n <= ALL_PAIRS_UP_TO) {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    out.add(new int[] {i, j});
                }
            }
        } else {
            for (int i = 0; i < n; i++) {
                out.add(new int[] {i, (i + 1) % n});
            }
        }
        return out;
    }

    /**
     * The two-party views of a deal space with the given {@code parties}: its frontier over all outcomes and over the
     * rational outcomes (every party at least its reservation value), each projected onto every viewed pair.
     */
    public static List<PairFrontier> of(List<String> parties, ParetoFrontier all, ParetoFrontier rational) {
        List<PairFrontier> out = new ArrayList<>();
        for (int[] p : pairs(parties.size())) {
            out.add(new PairFrontier(parties.get(p[0]), parties.get(p[1]), project(all, p[0], p[1]),
                    project(rational, p[0], p[1])));
        }
        return List.copyOf(out);
    }

    /**
     * The Pareto frontier of the frontier's points projected onto parties {@code a} and {@code b}: sorted by
     * {@code u_a} descending (ties: {@code u_b} descending, utilities within the frontier's {@code eps} tie), a
     * point is kept when its {@code u_b} beats every {@code u_b} before it.
     */
    static PairCurve project(ParetoFrontier f, int a, int b) {
        int n = f.size();
        double[] ua = new double[n];
        double[] ub = new double[n];
        long[] key = new long[2 * n];
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            FrontierPoint p = f.points().get(k);
            ua[k] = p.utility(a);
            ub[k] = p.utility(b);
            key[2 * k] = KeyedFilter.key(ua[k], f.eps());
            key[2 * k + 1] = KeyedFilter.key(ub[k], f.eps());
            order[k] = k;
        }
        KeyedFilter.sort(order, key, 2);
        List<Double> first = new ArrayList<>();
        List<Double> second = new ArrayList<>();
        long best = Long.MIN_VALUE;
        for (int k = 0; k < n; k++) {
            int q = order[k];
            if (first.isEmpty() || key[2 * q + 1] > best) {
                first.add(ua[q]);
                second.add(ub[q]);
                best = key[2 * q + 1];
            }
        }
        return new PairCurve(first, second);
    }
}
