package org.parley.core.forecast.smp;

/**
 * One perspective on a challenge of {@code initiator} against {@code target} (KTAB's {@code probEduChlg}):
 * the estimated probability that the initiator wins and the expected change in utility for the actor whose gain
 * was asked for.
 */
record Contest(int initiator, int target, double probability, double gain) {
}
