package org.parley.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.analysis.Headline;
import org.parley.core.analysis.Headlines;
import org.parley.io.json.StoredResults;

/**
 * The headline results of a recorded run: its result read back into the analysis document and its
 * {@link Headlines}, by key. None for results of commands that hold no analysis, or written by an older version.
 */
public final class RunHeadlines {

    private RunHeadlines() {
    }

    /** The run's headlines by key, in document order. */
    public static Map<String, Headline> of(Run run) {
        Map<String, Headline> out = new LinkedHashMap<>();
        List<Headline> all = StoredResults.analysis(run.command(), run.result()).map(Headlines::of)
                .orElse(List.of());
        all.forEach(h -> out.put(h.key(), h));
        return out;
    }
}
