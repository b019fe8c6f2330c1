package org.parley.core.negotiation.tournament;

/**
 * One negotiator over a tournament (each role it played counts once): sessions, agreements and agreement rate, its
 * utility (undiscounted and discounted), its utility as first mover (the opening profile) and in the other roles,
 * and the sessions' welfare, distances to the Pareto frontier and to the Nash point, and rounds.
 */
public record NegotiatorSummary(String negotiator, long sessions, long agreements, double agreementRate,
                                Statistic utility, Statistic discountedUtility, Statistic utilityFirstMover,
                                Statistic utilityOtherRoles, Statistic socialWelfare, Statistic paretoDistance,
                                Statistic nashDistance, Statistic rounds) {
}
