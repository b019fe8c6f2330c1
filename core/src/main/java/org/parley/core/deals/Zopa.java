package org.parley.core.deals;

import java.util.Arrays;
import java.util.List;
import org.parley.core.exec.BatchRunner;
import org.parley.core.outcomes.OutcomeSpace;
import org.parley.core.preferences.Profile;

/**
 * The zone of possible agreement: the outcomes every party values at least at its reservation value
 * ({@code u_i(o) >= rv_i} for all i, decided exactly at the boundary where the profiles allow it, see
 * {@link Acceptance}). Counted by enumeration in slices on a {@link BatchRunner} (the counts, extremes and first
 * example combine in slice order, so the result does not depend on the number of threads), with each party's best
 * and worst utility inside the zone and one outcome from it.
 */
public record Zopa(long outcomes, long space, double share, double[] best, double[] worst, int[] example) {

    /** Outcomes per slice of the enumeration: enough to amortise a task, small enough to balance two cores. */
    static final long SLICE = 4_000_000L;

    public Zopa {
        best = best.clone();
        worst = worst.clone();
        example = example == null ? null : example.clone();
    }

    /** Whether no outcome is in the zone. */
    public boolean empty() {
        return outcomes == 0;
    }

    /** Counts the zone of {@code profiles}, each against its own reservation value, on {@code runner}. */
    public static Zopa compute(OutcomeSpace space, List<? extends Profile> profiles, long maxOutcomes,
                               BatchRunner runner) {
        return compute(space, profiles, maxOutcomes, runner, null);
    }

    /**
     * Counts the zone over a space compressed into value classes, each class outcome standing for its
     * multiplicity; the share is of the original space.
     */
    public static Zopa compute(ValueClasses classes, long maxOutcomes, BatchRunner runner, long original) {
        Zopa z = compute(classes.compressed(), classes.profiles(), maxOutcomes, runner, classes);
        int[] example = z.example() == null ? null : classes.original(z.example());
        return new Zopa(z.outcomes(), original, (double) z.outcomes() / original, z.best(), z.worst(), example);
    }

    private static Zopa compute(OutcomeSpace space, List<? extends Profile> profiles, long maxOutcomes,
                                BatchRunner runner, ValueClasses classes) {
        long n = space.requireAtMost(maxOutcomes, "--max-outcomes");
        Acceptance acceptance = Acceptance.of(profiles);
        int slices = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (n + SLICE - 1) / SLICE));
        List<Counter> parts = runner.run(slices, k -> {
            Counter c = new Counter(profiles.size(), acceptance, classes);
            OutcomeScan.scan(space, profiles, n * k / slices, n * (k + 1) / slices, c);
            return c;
        });
        Counter all = parts.get(0);
        for (int k = 1; k < parts.size(); k++) {
            all.add(parts.get(k));
        }
        int[] example = all.example < 0 ? null : space.outcome(all.example);
        return new Zopa(all.count, n, n == 0 ? 0 : (double) all.count / n, all.best, all.worst, example);
    }

    private static final class Counter implements OutcomeScan.Visitor {
        final Acceptance acceptance;
        final ValueClasses classes;
        final double[] best;
        final double[] worst;
        long count;
        long example = -1;

        Counter(int n, Acceptance acceptance, ValueClasses classes) {
            this.acceptance = acceptance;
            this.classes = classes;
            this.best = new double[n];
            this.worst = new double[n];
            Arrays.fill(best, Double.NaN);
            Arrays.fill(worst, Double.NaN);
        }

        @Override
        public void visit(long index, int[] outcome, double[] u) {
            if (!acceptance.acceptedByAll(u, outcome)) {
                return;
            }
            if (example < 0) {
                example = index;
            }
            count += classes == null ? 1 : classes.multiplicity(outcome);
            for (int i = 0; i < u.length; i++) {
                best[i] = Double.isNaN(best[i]) ? u[i] : Math.max(best[i], u[i]);
                worst[i] = Double.isNaN(worst[i]) ? u[i] : Math.min(worst[i], u[i]);
            }
        }

        void add(Counter o) {
            count += o.count;
            if (o.example >= 0 && (example < 0 || o.example < example)) {
                example = o.example;
            }
            for (int i = 0; i < best.length; i++) {
                if (!Double.isNaN(o.best[i])) {
                    best[i] = Double.isNaN(best[i]) ? o.best[i] : Math.max(best[i], o.best[i]);
                    worst[i] = Double.isNaN(worst[i]) ? o.worst[i] : Math.min(worst[i], o.worst[i]);
                }
            }
        }
    }
}
