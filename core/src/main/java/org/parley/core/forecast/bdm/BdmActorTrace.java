package org.parley.core.forecast.bdm;

import java.util.List;

/**
 * One actor in one round: its position at the start, its security and risk exponent from the risk pass, every dyad it
 * evaluated, the offer it took ({@code null} when it stayed) and its position after the round.
 */
public record BdmActorTrace(String actor, double position, double security, double risk, List<BdmOffer> offers,
                            BdmOffer taken, double newPosition) {

    public BdmActorTrace {
        offers = List.copyOf(offers);
    }
}
