package org.parley.core.deals;

import java.util.ArrayList;
import java.util.List;

/**
 * A two-party Pareto frontier kept up to date while outcomes stream past, never holding more than the frontier
 * itself: the frontier is kept sorted ({@code u1} descending, {@code u2} ascending), so a new point is checked by
 * one binary search, O(log F). Ties are points with the same tie keys {@code round(u / eps)}. More parties:
 * {@link ChunkedFrontier}.
 */
final class StreamingFrontier {

    private final int parties;
    private final double eps;
    private final int maxWitnesses;
    private final List<Candidate> kept = new ArrayList<>();

    StreamingFrontier(int parties, double eps, int maxWitnesses) {
        if (parties != 2) {
            throw new IllegalArgumentException("the streaming sweep is for two parties, got " + parties);
        }
        this.parties = parties;
        this.eps = eps;
        this.maxWitnesses = maxWitnesses;
    }

    /** Offers outcome number {@code index} with utilities {@code u} (copied only when kept). */
    void offer(double[] u, long index) {
        offer(u, index, 1);
    }

    /** Offers an outcome that stands for {@code weight} outcomes (compressed spaces). */
    void offer(double[] u, long index, long weight) {
        offer2(u[0], u[1], index, weight);
    }

    private void offer2(double a1, double a2, long index, long weight) {
        long k1 = KeyedFilter.key(a1, eps);
        long k2 = KeyedFilter.key(a2, eps);
        int lo = 0;
        int hi = kept.size() - 1;
        int j = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (kept.get(mid).k1 >= k1) {
                j = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (j >= 0 && kept.get(j).k2 >= k2) {
            Candidate q = kept.get(j);
            if (q.k1 == k1 && q.k2 == k2) {
                q.addIndex(index, weight);
            }
            return;
        }
        int first = j + 1;
        while (first > 0 && kept.get(first - 1).k1 <= k1) {
            first--;
        }
        int end = first;
        while (end < kept.size() && kept.get(end).k2 <= k2) {
            end++;
        }
        kept.subList(first, end).clear();
        Candidate c = new Candidate(new double[] {a1, a2}, index, maxWitnesses);
        c.count = weight;
        c.k1 = k1;
        c.k2 = k2;
        kept.add(first, c);
    }

    /** The frontier so far, in frontier order. */
    List<Candidate> frontier() {
        List<Candidate> out = new ArrayList<>(kept);
        out.sort(Candidate.FRONTIER_ORDER);
        return out;
    }
}
