package org.parley.core.exec;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.function.IntFunction;

/**
 * Runs the tasks on a private fork/join pool. Each task writes only its own slot of the result array, so the order
 * of the results, and the results themselves, are those of the sequential runner.
 */
final class ForkJoinRunner implements BatchRunner {

    private final ForkJoinPool pool;
    private final int threads;

    ForkJoinRunner(int threads) {
        this.threads = threads;
        this.pool = new ForkJoinPool(threads);
    }

    @Override
    public <R> List<R> run(int count, IntFunction<R> task) {
        Object[] out = new Object[count];
        if (count > 0) {
            pool.invoke(new Slice(task, out, 0, count));
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Collections.unmodifiableList(Arrays.asList(out));
        return list;
    }

    @Override
    public int threads() {
        return threads;
    }

    @Override
    public void close() {
        pool.shutdown();
    }

    /** Tasks {@code from .. to-1}, split in halves down to single tasks. */
    private static final class Slice extends RecursiveAction {
        private static final long serialVersionUID = 1L;

        private final transient IntFunction<?> task;
        private final transient Object[] out;
        private final int from;
        private final int to;

        Slice(IntFunction<?> task, Object[] out, int from, int to) {
            this.task = task;
            this.out = out;
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from == 1) {
                out[from] = task.apply(from);
                return;
            }
            int mid = (from + to) >>> 1;
            invokeAll(new Slice(task, out, from, mid), new Slice(task, out, mid, to));
        }
    }
}
