package org.parley.core.exec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;

/** Runs the tasks one after the other on the calling thread. */
final class SequentialRunner implements BatchRunner {

    static final SequentialRunner INSTANCE = new SequentialRunner();

    private SequentialRunner() {
    }

    @Override
    public <R> List<R> run(int count, IntFunction<R> task) {
        List<R> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            out.add(task.apply(k));
        }
        return Collections.unmodifiableList(out);
    }

    @Override
    public int threads() {
        return 1;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
