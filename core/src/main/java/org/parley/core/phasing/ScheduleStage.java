package org.parley.core.phasing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One stage of a schedule file: an optional label and year, and the cumulative terms after it (issues not named
 * keep their previous value).
 */
public record ScheduleStage(String label, Double year, Map<String, Double> terms) {

    public ScheduleStage {
        terms = terms == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(terms));
    }
}
