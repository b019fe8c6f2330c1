package org.parley.report;

import org.parley.core.negotiation.session.SessionResult;
import org.parley.core.scenario.Scenario;

/**
 * What a negotiation session's report shows: the result of {@code parley negotiate}, the scenario it ran on (null
 * for a GENIUS or GeniusWeb domain; it gives the actors' names), where it came from, and the generation time to print
 * (null: none).
 */
public record NegotiationInput(SessionResult session, Scenario scenario, RunInfo run, String generatedAt) {
}
