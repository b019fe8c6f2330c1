package org.parley.core.deals;

/**
 * A point of an intermediate frontier of the per-issue merge: its utility sums, their keys on the tie grid
 * ({@code round(u / eps)}, so that ties are exact and transitive), the number of partial outcomes with it, and up
 * to a few origins (the point of the previous stage and the value of this stage's issue) to rebuild witnesses.
 */
final class MergePoint {

    final double[] u;
    final long[] key;
    long count;
    final MergePoint[] parent;
    final int[] value;
    int origins;

    MergePoint(double[] u, double eps, long count, MergePoint parent, int value, int maxOrigins) {
        this.u = u;
        this.key = new long[u.length];
        for (int i = 0; i < u.length; i++) {
            key[i] = eps > 0 ? Math.round(u[i] / eps) : Double.doubleToLongBits(u[i] + 0.0) ^ signMask(u[i]);
        }
        this.count = count;
        this.parent = new MergePoint[maxOrigins];
        this.value = new int[maxOrigins];
        this.parent[0] = parent;
        this.value[0] = value;
        this.origins = 1;
    }

    /** An order-preserving long for a double (exact comparison when eps = 0). */
    private static long signMask(double x) {
        return x < 0 ? 0x7fffffffffffffffL : 0;
    }

    /** Adds a tie: its count and origins, up to capacity. */
    void absorb(MergePoint o) {
        count += o.count;
        for (int k = 0; k < o.origins && origins < parent.length; k++) {
            parent[origins] = o.parent[k];
            value[origins] = o.value[k];
            origins++;
        }
    }

    /** Whether the keys are equal in every coordinate. */
    boolean sameKey(MergePoint o) {
        return java.util.Arrays.equals(key, o.key);
    }

    /** Whether this point's keys dominate {@code o}'s: >= everywhere, > somewhere. */
    boolean dominates(MergePoint o) {
        boolean strict = false;
        for (int i = 0; i < key.length; i++) {
            if (key[i] < o.key[i]) {
                return false;
            }
            strict |= key[i] > o.key[i];
        }
        return strict;
    }
}
