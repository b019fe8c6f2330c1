package org.parley.core.deals;

/** One point of a two-party view of a deal space: the first and the second party's utility. */
public record PairPoint(double first, double second) {
}
