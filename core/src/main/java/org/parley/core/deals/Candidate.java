package org.parley.core.deals;

import java.util.ArrayList;
import java.util.List;

/** A utility vector under construction: its multiplicity and a few witnesses (outcome numbers or partial bids). */
final class Candidate {

    /** Frontier order: {@code u1} descending, then {@code u2} descending, ... */
    static final java.util.Comparator<Candidate> FRONTIER_ORDER = (a, b) -> {
        for (int i = 0; i < a.u.length; i++) {
            int c = Double.compare(b.u[i], a.u[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    final double[] u;
    long count;
    final List<int[]> witnesses;
    final long[] indices;
    int nIndices;
    long k1;
    long k2;

    Candidate(double[] u, long count, List<int[]> witnesses) {
        this.u = u;
        this.count = count;
        this.witnesses = witnesses;
        this.indices = null;
    }

    Candidate(double[] u, long index, int maxWitnesses) {
        this.u = u;
        this.count = 1;
        this.witnesses = null;
        this.indices = new long[maxWitnesses];
        this.indices[0] = index;
        this.nIndices = 1;
    }

    /** Adds a tie found by enumeration. */
    void addIndex(long index) {
        addIndex(index, 1);
    }

    /** Adds a tie standing for {@code weight} outcomes. */
    void addIndex(long index, long weight) {
        count += weight;
        if (nIndices < indices.length) {
            indices[nIndices++] = index;
        }
    }

    FrontierPoint toPoint(org.parley.core.outcomes.OutcomeSpace space) {
        List<int[]> w = new ArrayList<>();
        if (indices != null) {
            for (int k = 0; k < nIndices; k++) {
                w.add(space.outcome(indices[k]));
            }
        } else {
            w.addAll(witnesses);
        }
        return new FrontierPoint(u, count, w);
    }
}
