package org.parley.core.forecast.exchange;

/**
 * One side of a realised exchange: the actor moved on its supply issue from one position to another (0..100), which
 * shifted that outcome by {@code shift} (signed); it did so in return for its partner's move on {@code demand}.
 */
public record ExchangeMove(String actor, String supply, String demand, double from, double to, double shift) {
}
