package org.parley.core.negotiation.tournament;

import java.util.List;

/**
 * A tournament's results: how it ran, the negotiators, the number of sessions, the summaries per negotiator, per
 * domain and per pairing, and one row per session in cell order. The same configuration and seed give the same
 * result on any number of threads.
 */
public record TournamentResult(TournamentConfig config, List<String> negotiators, long sessions,
                               List<NegotiatorSummary> perNegotiator, List<DomainSummary> perDomain,
                               List<PairingSummary> perPairing, List<SessionRow> rows) {

    public TournamentResult {
        negotiators = List.copyOf(negotiators);
        perNegotiator = List.copyOf(perNegotiator);
        perDomain = List.copyOf(perDomain);
        perPairing = List.copyOf(perPairing);
        rows = List.copyOf(rows);
    }
}
