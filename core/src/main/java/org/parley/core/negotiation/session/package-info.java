/**
 * One negotiation session: a setting (domain, profiles, their utility indexes and the Pareto frontier with its Nash
 * point, computed once), the run under a protocol, and the typed result with its trace and metrics (distance to the
 * frontier and to the Nash point, welfare, zone of agreement; for a Parley scenario, where it lands relative to the
 * packages).
 */
package org.parley.core.negotiation.session;
