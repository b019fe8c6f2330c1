package org.parley.core.forecast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a forecast came to rest, per issue in scenario order (see the "Convergence" section of
 * docs/models/*.md for each model's rule). A forecast that did not settle is a range, not a point.
 */
public record Convergence(Map<String, IssueConvergence> issues) {

    public Convergence {
        issues = Collections.unmodifiableMap(new LinkedHashMap<>(issues));
    }

    /** Every issue of {@code forecast} a one-shot point at its forecast value (compromise, median). */
    public static Convergence oneShot(Map<String, Double> forecast) {
        Map<String, IssueConvergence> out = new LinkedHashMap<>();
        forecast.forEach((issue, x) -> out.put(issue, IssueConvergence.oneShot(x)));
        return new Convergence(out);
    }

    /** Whether the forecast on {@code issue} is a point (settled or one-shot); throws for an unknown issue. */
    public boolean settled(String issue) {
        IssueConvergence c = issues.get(issue);
        if (c == null) {
            throw new IllegalArgumentException("no issue '" + issue + "' in this forecast; expected one of "
                    + issues.keySet());
        }
        return c.point();
    }

    /** Whether every issue's forecast is a point. */
    public boolean allSettled() {
        for (IssueConvergence c : issues.values()) {
            if (!c.point()) {
                return false;
            }
        }
        return true;
    }

    /** The issues whose forecast did not settle (cycling or drifting), in scenario order. */
    public List<String> unsettled() {
        List<String> out = new ArrayList<>();
        issues.forEach((issue, c) -> {
            if (!c.point()) {
                out.add(issue);
            }
        });
        return List.copyOf(out);
    }
}
