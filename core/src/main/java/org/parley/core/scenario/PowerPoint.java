package org.parley.core.scenario;

/** One point of a balance-of-power path: in {@code year}, the declining side wins a war with probability {@code p}. */
public record PowerPoint(double year, double p) {
}
