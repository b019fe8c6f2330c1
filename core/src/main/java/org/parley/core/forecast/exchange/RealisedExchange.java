package org.parley.core.forecast.exchange;

/**
 * An exchange the round realised, in order: role I's move on its supply issue q and role J's move on p, the gain
 * each of them makes (equal by construction), how the rate was set ({@code j-full}: J moved all the way to I's
 * position; {@code i-full}: I did; {@code cut}: a move stopped where the outcome meets the partner's position), and
 * how many other candidates had the same gain when it was chosen (ties, broken by creation order).
 */
public record RealisedExchange(int order, ExchangeMove i, ExchangeMove j, double gain, String rate, int tiedWith) {
}
