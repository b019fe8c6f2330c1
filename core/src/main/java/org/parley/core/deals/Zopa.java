package org.parley.core.deals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.parley.core.outcomes.OutcomeSpace;
import org.parley.core.preferences.Profile;

/**
 * The zone of possible agreement: the outcomes every party values at least at its reservation value
 * ({@code u_i(o) >= rv_i} for all i). Counted by enumeration (split over threads), with each party's best and
 * worst utility inside the zone and one outcome from it.
 */
public record Zopa(long outcomes, long space, double share, double[] best, double[] worst, int[] example) {

    public Zopa {
        best = best.clone();
        worst = worst.clone();
        example = example == null ? null : example.clone();
    }

    /** Whether no outcome is in the zone. */
    public boolean empty() {
        return outcomes == 0;
    }

    /** Counts the zone of {@code profiles} against thresholds {@code rv}, on {@code threads} threads. */
    public static Zopa compute(OutcomeSpace space, List<? extends Profile> profiles, double[] rv, long maxOutcomes,
                               int threads) {
        return compute(space, profiles, rv, maxOutcomes, threads, null);
    }

    /**
     * Counts the zone over a space compressed into value classes, each class outcome standing for its
     * multiplicity; the share is of the original space.
     */
    public static Zopa compute(ValueClasses classes, double[] rv, long maxOutcomes, int threads, long original) {
        Zopa z = compute(classes.compressed(), classes.profiles(), rv, maxOutcomes, threads, classes);
        int[] example = z.example() == null ? null : classes.original(z.example());
        return new Zopa(z.outcomes(), original, (double) z.outcomes() / original, z.best(), z.worst(), example);
    }

    private static Zopa compute(OutcomeSpace space, List<? extends Profile> profiles, double[] rv, long maxOutcomes,
                                int threads, ValueClasses classes) {
        long n = space.requireAtMost(maxOutcomes, "--max-outcomes");
        int t = (int) Math.max(1, Math.min(threads, n / 1_000_000 + 1));
        List<Counter> parts = new ArrayList<>();
        for (int k = 0; k < t; k++) {
            parts.add(new Counter(profiles.size(), rv, classes));
        }
        if (t == 1) {
            OutcomeScan.scan(space, profiles, 0, n, parts.get(0));
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(t);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int k = 0; k < t; k++) {
                    long from = n * k / t;
                    long to = n * (k + 1) / t;
                    Counter c = parts.get(k);
                    done.add(pool.submit(() -> OutcomeScan.scan(space, profiles, from, to, c)));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdown();
            }
        }
        Counter all = parts.get(0);
        for (int k = 1; k < t; k++) {
            all.add(parts.get(k));
        }
        int[] example = all.example < 0 ? null : space.outcome(all.example);
        return new Zopa(all.count, n, n == 0 ? 0 : (double) all.count / n, all.best, all.worst, example);
    }

    private static final class Counter implements OutcomeScan.Visitor {
        final double[] rv;
        final ValueClasses classes;
        final double[] best;
        final double[] worst;
        long count;
        long example = -1;

        Counter(int n, double[] rv, ValueClasses classes) {
            this.rv = rv;
            this.classes = classes;
            this.best = new double[n];
            this.worst = new double[n];
            Arrays.fill(best, Double.NaN);
            Arrays.fill(worst, Double.NaN);
        }

        @Override
        public void visit(long index, int[] outcome, double[] u) {
            for (int i = 0; i < rv.length; i++) {
                if (u[i] < rv[i]) {
                    return;
                }
            }
            if (count == 0 || index < example) {
                example = example < 0 ? index : Math.min(example, index);
            }
            count += classes == null ? 1 : classes.multiplicity(outcome);
            for (int i = 0; i < rv.length; i++) {
                best[i] = Double.isNaN(best[i]) ? u[i] : Math.max(best[i], u[i]);
                worst[i] = Double.isNaN(worst[i]) ? u[i] : Math.min(worst[i], u[i]);
            }
        }

        void add(Counter o) {
            count += o.count;
            if (o.example >= 0 && (example < 0 || o.example < example)) {
                example = o.example;
            }
            for (int i = 0; i < rv.length; i++) {
                if (!Double.isNaN(o.best[i])) {
                    best[i] = Double.isNaN(best[i]) ? o.best[i] : Math.max(best[i], o.best[i]);
                    worst[i] = Double.isNaN(worst[i]) ? o.worst[i] : Math.min(worst[i], o.worst[i]);
                }
            }
        }
    }
}
