package org.parley.core.verdict;

/**
 * A judgement a close verdict turns on: an actor's no-deal value ({@code judgement = "reservation"}, issue null) or
 * its salience on one issue ({@code "salience"}), its value now, and the break-even value past which the package's
 * verdict flips ({@code flipsTo}: "passes" or "fails"). The break-even is rounded to 0.1 in the direction that flips
 * the verdict, so applying it flips the verdict and the value now does not.
 */
public record Hinge(String actor, String judgement, String issue, double now, double breakEven, String flipsTo) {
}
