package org.parley.core.deals;

import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The non-dominated points among {@code N} vectors of tie keys ({@code round(u / eps)}, so ties are exact and
 * transitive), held in one flat {@code long[]} (point {@code p}, party {@code i} at {@code p * n + i}). The points
 * are sorted lexicographically by key, descending, equal keys grouped into runs; then two parties: a sweep keeping
 * runs whose {@code u2} beats the best so far; three: a sweep with a staircase of kept {@code (u2, u3)} pairs, one
 * ordered-map query per run (Kung, Luccio and Preparata 1975, doi:10.1145/321906.321910); more: a skyline. All
 * O(N log N) but the last, O(N x F). No boxing per point except the three-party staircase.
 */
final class KeyedFilter {

    /** The sorted point indices and, for every kept run, its start and end (exclusive) in {@code order}. */
    record Result(int[] order, int[] runStart, int[] runEnd, int runs) {
    }

    private KeyedFilter() {
    }

    static Result filter(long[] key, int count, int n) {
        int[] order = new int[count];
        for (int p = 0; p < count; p++) {
            order[p] = p;
        }
        sort(order, key, n);
        int[] start = new int[Math.max(1, count)];
        int[] end = new int[Math.max(1, count)];
        int runs = 0;
        long best = Long.MIN_VALUE;
        TreeMap<Long, Long> stairs = n == 3 ? new TreeMap<>() : null;
        int at = 0;
        while (at < count) {
            int stop = at + 1;
            while (stop < count && compare(key, order[at], order[stop], n) == 0) {
                stop++;
            }
            int p = order[at];
            boolean keep;
            if (n == 1) {
                keep = runs == 0;
            } else if (n == 2) {
                keep = runs == 0 || key[p * 2 + 1] > best;
                if (keep) {
                    best = key[p * 2 + 1];
                }
            } else if (n == 3) {
                keep = stairs(stairs, key[p * 3 + 1], key[p * 3 + 2]);
            } else {
                keep = true;
                for (int r = 0; r < runs && keep; r++) {
                    keep = !dominates(key, order[start[r]], p, n);
                }
            }
            if (keep) {
                start[runs] = at;
                end[runs] = stop;
                runs++;
            }
            at = stop;
        }
        return new Result(order, start, end, runs);
    }

    private static boolean stairs(TreeMap<Long, Long> stairs, long k2, long k3) {
        Map.Entry<Long, Long> above = stairs.ceilingEntry(k2);
        if (above != null && above.getValue() >= k3) {
            return false;
        }
        Iterator<Map.Entry<Long, Long>> it = stairs.headMap(k2, true).descendingMap().entrySet().iterator();
        while (it.hasNext() && it.next().getValue() <= k3) {
            it.remove();
        }
        stairs.put(k2, k3);
        return true;
    }

    private static boolean dominates(long[] key, int a, int b, int n) {
        boolean strict = false;
        for (int i = 0; i < n; i++) {
            long x = key[a * n + i];
            long y = key[b * n + i];
            if (x < y) {
                return false;
            }
            strict |= x > y;
        }
        return strict;
    }

    /** Descending lexicographic comparison of points a and b: negative when a comes first. */
    static int compare(long[] key, int a, int b, int n) {
        for (int i = 0; i < n; i++) {
            int c = Long.compare(key[b * n + i], key[a * n + i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** A stable bottom-up merge sort of indices by key. */
    static void sort(int[] order, long[] key, int n) {
        int len = order.length;
        int[] src = order;
        int[] dst = new int[len];
        for (int width = 1; width < len; width *= 2) {
            for (int lo = 0; lo < len; lo += 2 * width) {
                int mid = Math.min(lo + width, len);
                int hi = Math.min(lo + 2 * width, len);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    dst[k++] = compare(key, src[j], src[i], n) < 0 ? src[j++] : src[i++];
                }
                while (i < mid) {
                    dst[k++] = src[i++];
                }
                while (j < hi) {
                    dst[k++] = src[j++];
                }
            }
            int[] t = src;
            src = dst;
            dst = t;
        }
        if (src != order) {
            System.arraycopy(src, 0, order, 0, len);
        }
    }

    /** The tie key of a utility: {@code round(u / eps)}, or an order-preserving image of the bits when eps = 0. */
    static long key(double u, double eps) {
        if (eps > 0) {
            return Math.round(u / eps);
        }
        long bits = Double.doubleToLongBits(u + 0.0);
        return bits < 0 ? bits ^ 0x7fffffffffffffffL : bits;
    }
}
