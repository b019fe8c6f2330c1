/**
 * Negotiating parties (GeniusWeb "party"): the {@link org.parley.core.negotiation.party.Negotiator} contract, the
 * plug-in interface {@link org.parley.core.negotiation.party.NegotiatorFactory} found through
 * {@link java.util.ServiceLoader}, the built-in tactics (time-dependent, hardliner, random, relative tit-for-tat,
 * Nash-seeking) and the acceptance conditions of Baarslag et al. (2014).
 */
package org.parley.core.negotiation.party;
