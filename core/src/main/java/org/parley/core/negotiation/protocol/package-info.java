/**
 * Negotiation protocols: bilateral alternating offers (Rubinstein 1982) and the Stacked Alternating Offers Protocol
 * (SAOP; Aydogan et al. 2017, "Alternating offers protocols for multilateral negotiation"), GENIUS's default.
 */
package org.parley.core.negotiation.protocol;
