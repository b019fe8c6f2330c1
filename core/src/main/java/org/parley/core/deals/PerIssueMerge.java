package org.parley.core.deals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parley.core.outcomes.OutcomeSpace;
import org.parley.core.preferences.AdditiveProfile;

/**
 * The exact Pareto frontier of additive profiles by per-issue merge: the utility vector of an outcome is the sum of
 * per-issue contribution vectors {@code C_k(v) = (t_1k(v), ..., t_nk(v))}, and the frontier of a Minkowski sum lies
 * in the sum of the frontiers, so {@code F_0 = {c}}, {@code F_k = Pareto(F_{k-1} (+) Pareto(C_k))}. Multiplicities
 * (outcomes per point) are carried along, with a few witness outcomes. Cost O(sum_k |F_{k-1}| |C_k| log), with no
 * limit on the number of outcomes.
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
        int[] none = new int[dims];
        Arrays.fill(none, -1);
        List<Candidate> f = new ArrayList<>();
        f.add(new Candidate(start, 1, new ArrayList<>(List.of(none))));
        List<Integer> stages = new ArrayList<>();
        for (int k = 0; k < dims; k++) {
            List<Candidate> c = new ArrayList<>();
            for (int v = 0; v < space.issues().get(k).size(); v++) {
                double[] u = new double[n];
                for (int i = 0; i < n; i++) {
                    u[i] = profiles.get(i).contribution(k, v);
                }
                int[] value = new int[] {v};
                c.add(new Candidate(u, 1, new ArrayList<>(List.<int[]>of(value))));
            }
            List<Candidate> ck = ParetoFilter.filter(c, 0, Integer.MAX_VALUE);
            List<Candidate> sums = new ArrayList<>(f.size() * ck.size());
            for (Candidate a : f) {
                for (Candidate b : ck) {
                    double[] u = new double[n];
                    for (int i = 0; i < n; i++) {
                        u[i] = a.u[i] + b.u[i];
                    }
                    List<int[]> wit = new ArrayList<>();
                    outer:
                    for (int[] pa : a.witnesses) {
                        for (int[] vb : b.witnesses) {
                            if (wit.size() >= w) {
                                break outer;
                            }
                            int[] o = pa.clone();
                            o[k] = vb[0];
                            wit.add(o);
                        }
                    }
                    sums.add(new Candidate(u, a.count * b.count, wit));
                }
            }
            f = ParetoFilter.filter(sums, eps, w);
            stages.add(f.size());
        }
        List<FrontierPoint> points = new ArrayList<>();
        long total = 0;
        for (Candidate c : f) {
            points.add(new FrontierPoint(c.u, c.count, c.witnesses));
            total += c.count;
        }
        return new ParetoFrontier(points, total, "per-issue merge", eps, false, stages);
    }
}
