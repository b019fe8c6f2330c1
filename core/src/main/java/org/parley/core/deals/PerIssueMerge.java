package org.parley.core.deals;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.outcomes.OutcomeSpace;
import org.parley.core.preferences.AdditiveProfile;

/**
 * The exact Pareto frontier of additive profiles by per-issue merge: the utility vector of an outcome is the sum of
 * per-issue contribution vectors {@code C_k(v) = (t_1k(v), ..., t_nk(v))}, and the frontier of a Minkowski sum lies
 * in the sum of the frontiers, so {@code F_0 = {c}}, {@code F_k = Pareto(F_{k-1} (+) Pareto(C_k))}. Ties are
 * decided on the grid {@code round(u / eps)} (exact comparison when eps = 0). Multiplicities (outcomes per point)
 * are carried along, and a few origins per point from which witness outcomes are rebuilt. Cost
 * O(sum_k |F_{k-1}| |C_k| log) for two or three parties, with no limit on the number of outcomes.
 */
public final class PerIssueMerge {

    private PerIssueMerge() {
    }

    /** The frontier of additive {@code profiles} over {@code space}. */
    public static ParetoFrontier compute(OutcomeSpace space, List<AdditiveProfile> profiles,
                                         FrontierOptions options) {
        int n = profiles.size();
        int dims = space.dimension();
        double eps = options.eps();
        int w = options.maxWitnesses();
        double[] start = new double[n];
        for (int i = 0; i < n; i++) {
            start[i] = profiles.get(i).constant();
        }
        List<MergePoint> f = new ArrayList<>();
        f.add(new MergePoint(start, eps, 1, null, -1, w));
        List<Integer> stages = new ArrayList<>();
        for (int k = 0; k < dims; k++) {
            List<MergePoint> c = new ArrayList<>();
            for (int v = 0; v < space.issues().get(k).size(); v++) {
                double[] u = new double[n];
                for (int i = 0; i < n; i++) {
                    u[i] = profiles.get(i).contribution(k, v);
                }
                c.add(new MergePoint(u, 0, 1, null, v, space.issues().get(k).size()));
            }
            List<MergePoint> ck = ParetoFilter.filter(c);
            List<MergePoint> sums = new ArrayList<>(f.size() * ck.size());
            for (MergePoint a : f) {
                for (MergePoint b : ck) {
                    double[] u = new double[n];
                    for (int i = 0; i < n; i++) {
                        u[i] = a.u[i] + b.u[i];
                    }
                    MergePoint s = new MergePoint(u, eps, a.count * b.count, a, b.value[0], w);
                    for (int o = 1; o < b.origins && s.origins < w; o++) {
                        s.parent[s.origins] = a;
                        s.value[s.origins++] = b.value[o];
                    }
                    sums.add(s);
                }
            }
            f = ParetoFilter.filter(sums);
            stages.add(f.size());
        }
        List<FrontierPoint> points = new ArrayList<>();
        long total = 0;
        for (MergePoint p : f) {
            List<int[]> witnesses = new ArrayList<>();
            witnesses(p, dims - 1, dims, w, witnesses);
            points.add(new FrontierPoint(p.u, p.count, witnesses));
            total += p.count;
        }
        return new ParetoFrontier(points, total, "per-issue merge", eps, false, stages);
    }

    /** Adds up to {@code max} complete outcomes that reach {@code p} after issue {@code stage}. */
    private static void witnesses(MergePoint p, int stage, int dims, int max, List<int[]> out) {
        if (stage < 0) {
            out.add(new int[dims]);
            return;
        }
        for (int o = 0; o < p.origins && out.size() < max; o++) {
            int before = out.size();
            List<int[]> partial = new ArrayList<>();
            witnesses(p.parent[o], stage - 1, dims, max - before, partial);
            for (int[] x : partial) {
                x[stage] = p.value[o];
                out.add(x);
            }
        }
    }
}
