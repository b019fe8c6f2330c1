package org.parley.core.negotiation.session;

/**
 * The numbers of a finished session, on primitive arrays (what a tournament keeps): each party's utility of the
 * outcome (reservation value without agreement), discounted by {@code delta^t}, and the metrics.
 */
public record SessionOutcome(double[] utilities, double[] discounted, SessionMetrics metrics) {

    public SessionOutcome {
        utilities = utilities.clone();
        discounted = discounted.clone();
    }

    @Override
    public double[] utilities() {
        return utilities.clone();
    }

    @Override
    public double[] discounted() {
        return discounted.clone();
    }

    /** Party {@code i}'s utility. */
    public double utility(int i) {
        return utilities[i];
    }

    /** Party {@code i}'s discounted utility. */
    public double discountedUtility(int i) {
        return discounted[i];
    }
}
