package org.parley.core.forecast.smp;

import java.util.List;
import java.util.Map;

/** A distinct position (per issue, in issue units), the probability that it prevails, and the actors holding it. */
public record SmpPosition(Map<String, Double> position, double probability, List<String> actors) {
}
