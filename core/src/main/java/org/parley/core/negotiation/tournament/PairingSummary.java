package org.parley.core.negotiation.tournament;

import java.util.List;

/**
 * The sessions among one set of negotiators, whatever their roles (in the tournament's negotiator order): sessions,
 * agreement rate, each one's utility (same order), welfare and distance to the Nash point.
 */
public record PairingSummary(List<String> negotiators, long sessions, long agreements, double agreementRate,
                             List<Statistic> utility, Statistic socialWelfare, Statistic nashDistance) {

    public PairingSummary {
        negotiators = List.copyOf(negotiators);
        utility = List.copyOf(utility);
    }
}
