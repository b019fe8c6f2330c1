package org.parley.core.deals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The non-dominated candidates of an in-memory list, ties merged (counts added). Two parties: sort by {@code u1}
 * then {@code u2} descending and sweep, O(N log N). More parties: sort by the sum of utilities descending and keep a
 * skyline, O(N x F). The result is in frontier order: {@code u1} descending, then {@code u2} descending, ...
 */
final class ParetoFilter {

    private ParetoFilter() {
    }

    static final Comparator<Candidate> FRONTIER_ORDER = (a, b) -> {
        for (int i = 0; i < a.u.length; i++) {
            int c = Double.compare(b.u[i], a.u[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    static List<Candidate> filter(List<Candidate> in, double eps, int maxWitnesses) {
        if (in.isEmpty()) {
            return new ArrayList<>();
        }
        return in.get(0).u.length == 2 ? sweep(in, eps, maxWitnesses) : skyline(in, eps, maxWitnesses);
    }

    private static List<Candidate> sweep(List<Candidate> in, double eps, int maxWitnesses) {
        List<Candidate> sorted = new ArrayList<>(in);
        sorted.sort(FRONTIER_ORDER);
        List<Candidate> kept = new ArrayList<>();
        for (Candidate p : sorted) {
            Candidate last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null && Dominance.tie(last.u, p.u, eps)) {
                last.absorb(p, maxWitnesses);
                continue;
            }
            if (last != null && last.u[1] >= p.u[1] - eps) {
                continue;
            }
            while (!kept.isEmpty() && Dominance.dominates(p.u, kept.get(kept.size() - 1).u, eps)) {
                kept.remove(kept.size() - 1);
            }
            kept.add(p);
        }
        return kept;
    }

    private static List<Candidate> skyline(List<Candidate> in, double eps, int maxWitnesses) {
        List<Candidate> sorted = new ArrayList<>(in);
        sorted.sort(Comparator.comparingDouble((Candidate c) -> -sum(c.u)).thenComparing(FRONTIER_ORDER));
        List<Candidate> kept = new ArrayList<>();
        outer:
        for (Candidate p : sorted) {
            for (Candidate q : kept) {
                if (Dominance.tie(q.u, p.u, eps)) {
                    q.absorb(p, maxWitnesses);
                    continue outer;
                }
                if (Dominance.dominates(q.u, p.u, eps)) {
                    continue outer;
                }
            }
            kept.removeIf(q -> Dominance.dominates(p.u, q.u, eps));
            kept.add(p);
        }
        kept.sort(FRONTIER_ORDER);
        return kept;
    }

    static double sum(double[] u) {
        double s = 0;
        for (double x : u) {
            s += x;
        }
        return s;
    }
}
