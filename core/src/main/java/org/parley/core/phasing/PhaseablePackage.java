package org.parley.core.phasing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The nearest package that can be phased, in the repair sense of the deal-space analysis: every veto party accepts
 * it and a self-enforcing schedule reaches it within the same stages. Each issue stays on the line from the start
 * through the package; {@code distance} is the sum over issues of the change on 0..100 scales. When none exists,
 * {@code exists} is false and the other fields are empty.
 */
public record PhaseablePackage(boolean exists, Map<String, Double> terms, double distance, List<String> changed,
                               Map<String, Double> utilities, ScheduleCheck schedule) {

    public PhaseablePackage {
        terms = Collections.unmodifiableMap(new LinkedHashMap<>(terms));
        changed = List.copyOf(changed);
        utilities = Collections.unmodifiableMap(new LinkedHashMap<>(utilities));
    }

    /** The answer when no package on those lines can be phased and accepted. */
    static PhaseablePackage none() {
        return new PhaseablePackage(false, Map.of(), 0, List.of(), Map.of(), null);
    }
}
