package org.parley.core.scenario;

/**
 * One input given a distribution: the input's path ({@code actors.RUS.stances.US_EXIT.salience}, see
 * {@link InputPath}), its distribution and why.
 */
public record Varied(String path, Distribution distribution, String note) {
}
