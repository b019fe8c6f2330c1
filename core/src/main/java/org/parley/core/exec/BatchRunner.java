package org.parley.core.exec;

import java.util.List;
import java.util.function.IntFunction;

/**
 * Runs a batch of independent tasks and returns their results in task order. A task sees only its index (and, when
 * it needs randomness, its own stream {@link TaskRandom#of(long, long) TaskRandom.of(seed, index)}), never another
 * task's state, so the results never depend on the number of threads or on scheduling.
 */
public interface BatchRunner extends AutoCloseable {

    /** The results of {@code task.apply(k)} for {@code k = 0 .. count-1}, in that order. */
    <R> List<R> run(int count, IntFunction<R> task);

    /** How many threads the runner uses at most. */
    int threads();

    /** Releases the runner's threads, if any. */
    @Override
    void close();

    /** A runner that runs every task on the calling thread. */
    static BatchRunner sequential() {
        return SequentialRunner.INSTANCE;
    }

    /** A runner on its own fork/join pool of {@code threads} threads (1 gives the sequential runner). */
    static BatchRunner parallel(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads + "; expected at least 1");
        }
        return threads == 1 ? sequential() : new ForkJoinRunner(threads);
    }
}
