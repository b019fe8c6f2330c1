package org.parley.core.negotiation.session;

import java.util.List;

/**
 * The standard measures of a session's outcome (the agreement's utilities, or every party's reservation value when
 * there is none; undiscounted): social welfare {@code sum_i u_i}, product of gains {@code prod_i (u_i - rv_i)},
 * Euclidean distance in utility space to the nearest Pareto frontier point and to the nearest tied Nash,
 * Kalai-Smorodinsky and egalitarian points (null when the frontier was not computed), Pareto optimality
 * (distance within the frontier's tolerance), whether it is in the zone of agreement (agreed, and every party at or
 * above its reservation value) and the parties an agreement leaves below their reservation value (in turn order;
 * none without agreement). Whether a party is at its reservation value is decided by core.deals.Acceptance, exactly
 * at the boundary for Parley scenarios.
 */
public record SessionMetrics(double socialWelfare, double productOfGains, Double paretoDistance, Double nashDistance,
                             Double kalaiSmorodinskyDistance, Double egalitarianDistance, Boolean paretoOptimal,
                             boolean inZone, List<String> belowReservation) {

    public SessionMetrics {
        // results written before the list was kept read back without it
        belowReservation = belowReservation == null ? List.of() : List.copyOf(belowReservation);
    }
}
