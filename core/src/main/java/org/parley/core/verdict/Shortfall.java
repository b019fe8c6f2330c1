package org.parley.core.verdict;

/**
 * An actor's judgement of a package against its value of no deal: its utility, its no-deal value and the margin
 * between them (negative when it rejects the package), all on the 0-100 utility scale.
 */
public record Shortfall(String actor, double utility, double reservation, double margin) {
}
