/**
 * Tournaments (GENIUS/ANAC style): negotiators x domains x role assignments x repetitions, each cell with its own
 * seed, run on the batch runner in task order, with aggregates per negotiator, per domain and per pairing.
 */
package org.parley.core.negotiation.tournament;
