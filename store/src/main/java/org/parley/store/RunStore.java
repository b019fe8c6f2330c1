package org.parley.store;

import java.util.List;
import java.util.Optional;

/** Where runs are kept. A run becomes visible whole, with its result, or not at all. */
public interface RunStore extends AutoCloseable {

    /** Records a finished run in one transaction and returns its id. */
    long record(NewRun run);

    /** The latest runs, newest first, at most {@code limit}. */
    List<RunSummary> list(int limit);

    /** The run with the given id. */
    Optional<Run> find(long id);

    /** The number of runs recorded. */
    long count();

    @Override
    void close();
}
