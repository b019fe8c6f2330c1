package org.parley.core.deals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The non-dominated points of an in-memory list, exact on the tie keys, ties merged (counts added). The list is
 * sorted lexicographically by keys, descending ({@code u1} first); then two parties: one sweep keeping points
 * whose {@code u2} beats the best so far, O(N log N); three parties: a sweep with a staircase of the kept
 * {@code (u2, u3)} pairs, one ordered-map query per point, O(N log N) (Kung, Luccio and Preparata 1975, doi:
 * 10.1145/321906.321910); more parties: a skyline, O(N x F). The result is in frontier order.
 */
final class ParetoFilter {

    private ParetoFilter() {
    }

    static final Comparator<MergePoint> KEY_ORDER = (a, b) -> {
        for (int i = 0; i < a.key.length; i++) {
            int c = Long.compare(b.key[i], a.key[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    static List<MergePoint> filter(List<MergePoint> in) {
        if (in.isEmpty()) {
            return new ArrayList<>();
        }
        List<MergePoint> sorted = new ArrayList<>(in);
        sorted.sort(KEY_ORDER);
        List<MergePoint> distinct = new ArrayList<>(sorted.size());
        for (MergePoint p : sorted) {
            MergePoint last = distinct.isEmpty() ? null : distinct.get(distinct.size() - 1);
            if (last != null && last.sameKey(p)) {
                last.absorb(p);
            } else {
                distinct.add(p);
            }
        }
        int n = in.get(0).key.length;
        if (n == 1) {
            return new ArrayList<>(distinct.subList(0, 1));
        }
        if (n == 2) {
            List<MergePoint> kept = new ArrayList<>();
            long best = Long.MIN_VALUE;
            for (MergePoint p : distinct) {
                if (kept.isEmpty() || p.key[1] > best) {
                    kept.add(p);
                    best = p.key[1];
                }
            }
            return kept;
        }
        if (n == 3) {
            return staircase(distinct);
        }
        List<MergePoint> kept = new ArrayList<>();
        outer:
        for (MergePoint p : distinct) {
            for (MergePoint q : kept) {
                if (q.dominates(p)) {
                    continue outer;
                }
            }
            kept.add(p);
        }
        return kept;
    }

    private static List<MergePoint> staircase(List<MergePoint> distinct) {
        TreeMap<Long, Long> stairs = new TreeMap<>();
        List<MergePoint> kept = new ArrayList<>();
        for (MergePoint p : distinct) {
            long k2 = p.key[1];
            long k3 = p.key[2];
            Map.Entry<Long, Long> above = stairs.ceilingEntry(k2);
            if (above != null && above.getValue() >= k3) {
                continue;
            }
            kept.add(p);
            Iterator<Map.Entry<Long, Long>> it = stairs.headMap(k2, true).descendingMap().entrySet().iterator();
            while (it.hasNext() && it.next().getValue() <= k3) {
                it.remove();
            }
            stairs.put(k2, k3);
        }
        return kept;
    }
}
