package org.parley.core.backtest;

/** An issue of a data set that cannot be scored, and why (e.g. a blank outcome). */
public record ExcludedIssue(String id, String proposal, String reason) {
}
