package org.parley.core.utility;

import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Scenario;

/**
 * Each actor's margin {@code u_i(x) - rv_i} over its reservation value, with its sign decided exactly: the
 * floating-point margin when it is farther from 0 than {@link SpatialUtility#errorBound}, else the exact margin of
 * the decimals ({@link ExactSpatial}, built on first need), rounded once. So an actor accepts ({@code margin >= 0})
 * exactly when {@code u_i >= rv_i}, including packages whose utility equals the reservation value.
 */
public final class ReservationMargins {

    private final Scenario scenario;
    private final SpatialUtility utility;
    private ExactSpatial exact;

    private ReservationMargins(Scenario s, SpatialUtility u) {
        this.scenario = s;
        this.utility = u;
    }

    /** The margins of a validated scenario's actors, with its utility tables. */
    public static ReservationMargins of(Scenario s, SpatialUtility u) {
        return new ReservationMargins(s, u);
    }

    /**
     * Actor {@code i}'s margin at an outcome in issue units, given {@code u = utility.utility(i, outcome)}; the actor
     * must have a reservation value.
     */
    public double margin(int i, double[] outcome, double u) {
        double rv = reservation(i);
        double m = u - rv;
        if (decided(utility, i, rv, m)) {
            return m;
        }
        return exact().margin(i, ExactSpatial.decimals(outcome));
    }

    /** As {@link #margin}, for an outcome on 0..100 per issue with {@code u = utility.utilityOfPercent(i, p)}. */
    public double marginOfPercent(int i, double[] percent, double u) {
        double rv = reservation(i);
        double m = u - rv;
        if (decided(utility, i, rv, m)) {
            return m;
        }
        ExactSpatial e = exact();
        return e.margin(i, e.fromPercent(percent));
    }

    /**
     * Whether the floating-point margin {@code m = u_i - rv} of actor {@code i} has a certain sign: it is farther
     * from 0 than {@link SpatialUtility#errorBound}. Otherwise its sign is the exact margin's ({@link #margin}).
     */
    public static boolean decided(SpatialUtility utility, int i, double rv, double m) {
        return Math.abs(m) > utility.errorBound(i, rv);
    }

    private double reservation(int i) {
        Actor a = scenario.actors().get(i);
        if (!a.hasReservation()) {
            throw new IllegalArgumentException("actor '" + a.id() + "' has no reservation value");
        }
        return a.reservation();
    }

    private ExactSpatial exact() {
        if (exact == null) {
            exact = ExactSpatial.of(scenario);
        }
        return exact;
    }
}
