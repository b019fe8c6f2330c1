package org.parley.core.negotiation.tournament;

import org.parley.core.negotiation.session.Reference;

/**
 * One domain over a tournament: its reference (parties, reservation values, outcomes, frontier size and the
 * solutions' utilities; frontier points left out), sessions, agreement rate, and the sessions' welfare, distances
 * and rounds.
 */
public record DomainSummary(String domain, Reference reference, long sessions, long agreements,
                            double agreementRate, Statistic socialWelfare, Statistic paretoDistance,
                            Statistic nashDistance, Statistic rounds) {
}
