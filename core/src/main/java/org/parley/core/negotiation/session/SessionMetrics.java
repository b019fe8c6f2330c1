package org.parley.core.negotiation.session;

/**
 * The standard measures of a session's outcome (the agreement's utilities, or every party's reservation value when
 * there is none; undiscounted): social welfare {@code sum_i u_i}, product of gains {@code prod_i (u_i - rv_i)},
 * Euclidean distance in utility space to the nearest Pareto frontier point and to the nearest tied Nash,
 * Kalai-Smorodinsky and egalitarian points (null when the frontier was not computed), Pareto optimality
 * (distance within the frontier's tolerance), and whether it is in the zone of agreement (agreed, and every
 * party at or above its reservation value).
 */
public record SessionMetrics(double socialWelfare, double productOfGains, Double paretoDistance, Double nashDistance,
                             Double kalaiSmorodinskyDistance, Double egalitarianDistance, Boolean paretoOptimal,
                             boolean inZone) {
}
