package org.parley.core.negotiation.tournament;

import java.util.List;
import org.parley.core.negotiation.protocol.Termination;

/**
 * One session of a tournament: its cell number, domain, repetition and seed, the negotiator playing each profile
 * (in the domain's profile order; the first opens), how it ended, rounds begun and time, every party's utility of
 * the outcome (reservation value without agreement), undiscounted and discounted, and the metrics.
 */
public record SessionRow(int cell, String domain, int repetition, long seed, List<String> negotiators,
                         boolean agreement, Termination termination, String reason, int rounds, double time,
                         List<Double> utilities, List<Double> discountedUtilities, double socialWelfare,
                         double productOfGains, Double paretoDistance, Double nashDistance, Boolean paretoOptimal,
                         boolean inZone) {

    public SessionRow {
        negotiators = List.copyOf(negotiators);
        utilities = List.copyOf(utilities);
        discountedUtilities = List.copyOf(discountedUtilities);
    }
}
