package org.parley.core.forecast.smp;

/**
 * The challenge an initiator found most worth making: its estimate of the probability that it would beat the
 * target, and its expected gain in utility ({@code dEU}, smp.md Section 5).
 */
public record SmpChallenge(String initiator, String target, double probability, double gain) {
}
