package org.parley.core.deals;

import java.util.List;
import org.parley.core.outcomes.OutcomeSpace;
import org.parley.core.preferences.AdditiveProfile;
import org.parley.core.preferences.Profile;

/**
 * Enumerates a range of outcomes in enumeration order and hands each, with every profile's utility, to a visitor.
 * Additive profiles are summed incrementally (an odometer keeps the partial sums per issue, so a step costs O(1)
 * amortised per party); other profiles are evaluated outcome by outcome. The arrays passed to the visitor are
 * reused: copy what you keep.
 */
public final class OutcomeScan {

    /** Receives one outcome at a time. */
    public interface Visitor {
        /** Outcome number {@code index}, its value indices and the parties' utilities. */
        void visit(long index, int[] outcome, double[] utilities);
    }

    private OutcomeScan() {
    }

    /** Visits outcomes {@code from} (inclusive) to {@code to} (exclusive). */
    public static void scan(OutcomeSpace space, List<? extends Profile> profiles, long from, long to,
                            Visitor visitor) {
        if (from >= to) {
            return;
        }
        int n = profiles.size();
        int dims = space.dimension();
        int[] radix = space.radices();
        int[] o = space.outcome(from);
        double[] u = new double[n];
        boolean additive = profiles.stream().allMatch(p -> p instanceof AdditiveProfile);
        if (!additive || dims == 0) {
            for (long index = from; index < to; index++) {
                for (int i = 0; i < n; i++) {
                    u[i] = profiles.get(i).utility(o);
                }
                visitor.visit(index, o, u);
                step(o, radix);
            }
            return;
        }
        double[][][] t = new double[n][dims][];
        double[] constant = new double[n];
        for (int i = 0; i < n; i++) {
            AdditiveProfile p = (AdditiveProfile) profiles.get(i);
            constant[i] = p.constant();
            for (int k = 0; k < dims; k++) {
                t[i][k] = p.table(k);
            }
        }
        double[][] partial = new double[n][dims];
        int last = dims - 1;
        int radixLast = radix[last];
        double[][] lastTable = new double[n][];
        for (int i = 0; i < n; i++) {
            lastTable[i] = t[i][last];
        }
        long index = from;
        int changed = 0;
        while (index < to) {
            for (int i = 0; i < n; i++) {
                double[] ps = partial[i];
                double[][] ti = t[i];
                double acc = changed == 0 ? constant[i] : ps[changed - 1];
                for (int k = changed; k < last; k++) {
                    acc += ti[k][o[k]];
                    ps[k] = acc;
                }
            }
            int stop = (int) Math.min(radixLast, o[last] + (to - index));
            for (int v = o[last]; v < stop; v++) {
                o[last] = v;
                for (int i = 0; i < n; i++) {
                    u[i] = (last == 0 ? constant[i] : partial[i][last - 1]) + lastTable[i][v];
                }
                visitor.visit(index++, o, u);
            }
            if (index >= to) {
                break;
            }
            o[last] = radixLast - 1;
            changed = step(o, radix);
            if (changed < 0) {
                break;
            }
        }
    }

    /** Advances the odometer; returns the lowest-numbered issue whose value changed (-1 after the last outcome). */
    static int step(int[] o, int[] radix) {
        for (int k = o.length - 1; k >= 0; k--) {
            if (++o[k] < radix[k]) {
                return k;
            }
            o[k] = 0;
        }
        return -1;
    }
}
