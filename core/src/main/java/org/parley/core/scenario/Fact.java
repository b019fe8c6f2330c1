package org.parley.core.scenario;

/** A sourced measurement about an actor (e.g. CINC 2022 = 0.124, source S2), kept beside the judgements built on it. */
public record Fact(String name, double value, String unit, String source) {
}
