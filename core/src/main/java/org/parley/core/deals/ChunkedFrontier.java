package org.parley.core.deals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parley.core.outcomes.OutcomeSpace;

/**
 * A Pareto frontier of three or more parties kept while outcomes stream past in chunks: each full chunk is
 * filtered together with the frontier so far by {@link KeyedFilter} (sort by tie keys, then staircase or skyline),
 * so the cost is O(N log C) for three parties and memory is one chunk plus the frontier.
 */
final class ChunkedFrontier {

    private static final int CHUNK = 1 << 18;

    private final int n;
    private final double eps;
    private final int w;
    private int frontier;
    private int size;
    private double[] u = new double[0];
    private long[] key = new long[0];
    private long[] count = new long[0];
    private long[] witness = new long[0];
    private int[] witnesses = new int[0];

    ChunkedFrontier(int parties, double eps, int maxWitnesses) {
        this.n = parties;
        this.eps = eps;
        this.w = maxWitnesses;
        grow(CHUNK);
    }

    private void grow(int capacity) {
        u = Arrays.copyOf(u, capacity * n);
        key = Arrays.copyOf(key, capacity * n);
        count = Arrays.copyOf(count, capacity);
        witness = Arrays.copyOf(witness, capacity * w);
        witnesses = Arrays.copyOf(witnesses, capacity);
    }

    void offer(double[] utilities, long index, long weight) {
        if (size == count.length) {
            flush();
            if (size + CHUNK > count.length) {
                grow(size + CHUNK);
            }
        }
        for (int i = 0; i < n; i++) {
            u[size * n + i] = utilities[i];
            key[size * n + i] = KeyedFilter.key(utilities[i], eps);
        }
        count[size] = weight;
        witness[size * w] = index;
        witnesses[size] = 1;
        size++;
    }

    /** Filters the frontier and the pending chunk into a new frontier at the front of the arrays. */
    private void flush() {
        if (size == frontier) {
            return;
        }
        KeyedFilter.Result f = KeyedFilter.filter(Arrays.copyOf(key, size * n), size, n);
        double[] nu = new double[f.runs() * n];
        long[] nk = new long[f.runs() * n];
        long[] nc = new long[f.runs()];
        long[] nw = new long[f.runs() * w];
        int[] nn = new int[f.runs()];
        for (int q = 0; q < f.runs(); q++) {
            int rep = f.order()[f.runStart()[q]];
            System.arraycopy(u, rep * n, nu, q * n, n);
            System.arraycopy(key, rep * n, nk, q * n, n);
            int[] members = Arrays.copyOfRange(f.order(), f.runStart()[q], f.runEnd()[q]);
            Arrays.sort(members);
            for (int m : members) {
                nc[q] += count[m];
                for (int j = 0; j < witnesses[m] && nn[q] < w; j++) {
                    nw[q * w + nn[q]++] = witness[m * w + j];
                }
            }
        }
        System.arraycopy(nu, 0, u, 0, nu.length);
        System.arraycopy(nk, 0, key, 0, nk.length);
        System.arraycopy(nc, 0, count, 0, nc.length);
        System.arraycopy(nw, 0, witness, 0, nw.length);
        System.arraycopy(nn, 0, witnesses, 0, nn.length);
        frontier = f.runs();
        size = frontier;
    }

    /** The frontier, in frontier order, with witnesses as outcomes of {@code space}. */
    List<FrontierPoint> points(OutcomeSpace space, java.util.function.UnaryOperator<int[]> map) {
        flush();
        List<FrontierPoint> out = new ArrayList<>();
        for (int q = 0; q < frontier; q++) {
            List<int[]> ws = new ArrayList<>();
            for (int j = 0; j < witnesses[q]; j++) {
                ws.add(map.apply(space.outcome(witness[q * w + j])));
            }
            out.add(new FrontierPoint(Arrays.copyOfRange(u, q * n, q * n + n), count[q], ws));
        }
        return out;
    }
}
