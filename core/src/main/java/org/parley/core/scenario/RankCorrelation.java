package org.parley.core.scenario;

/** A target rank (Spearman) correlation between two varied inputs, named by their paths. */
public record RankCorrelation(String first, String second, double rank) {
}
