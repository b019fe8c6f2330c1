package org.parley.core.forecast.bdm;

/**
 * One dyad as seen by a mover in one round: the partner, the region of Fig. 6, the expected utilities
 * {@code euIj = E(U_ij)} (the mover challenging the partner) and {@code euJi = E(U_ji)} (the partner challenging the
 * mover), and the position proposed to the mover (its own position when the region is no offer).
 */
public record BdmOffer(String from, Region region, double euIj, double euJi, double position) {
}
