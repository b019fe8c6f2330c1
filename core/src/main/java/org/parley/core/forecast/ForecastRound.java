package org.parley.core.forecast;

import java.util.Map;

/** Every actor's position on every issue after one round (round 0 = the positions given). */
public record ForecastRound(int round, Map<String, Map<String, Double>> positions) {
}
