package org.parley.core.scenario;

/** A labelled point of an issue scale, e.g. 67 = "23-Feb-2022 line". */
public record Anchor(double value, String label) {
}
