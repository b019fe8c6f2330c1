package org.parley.core.phasing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One stage of a schedule: its number (0 is the start), year and label, the cumulative terms after it (every issue,
 * in issue units), and the moves made at this stage: each issue that changed, with the actors conceding it.
 */
public record PhaseStage(int stage, double year, String label, Map<String, Double> terms,
                         Map<String, List<String>> moves) {

    public PhaseStage {
        terms = Collections.unmodifiableMap(new LinkedHashMap<>(terms));
        Map<String, List<String>> m = new LinkedHashMap<>();
        moves.forEach((k, v) -> m.put(k, List.copyOf(v)));
        moves = Collections.unmodifiableMap(m);
    }
}
