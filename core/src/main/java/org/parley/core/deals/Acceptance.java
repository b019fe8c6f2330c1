package org.parley.core.deals;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.preferences.AdditiveProfile;
import org.parley.core.preferences.ExactAcceptance;
import org.parley.core.preferences.Profile;

/**
 * Which outcomes each party accepts, {@code u_i(o) >= rv_i}: the party's floating-point utility decides outside its
 * proven error bound, and the profile's {@link ExactAcceptance} inside it, so that outcomes worth exactly the
 * reservation value are accepted (Parley scenarios, whose grid profiles carry the exact test). Profiles without
 * one (GENIUS and GeniusWeb files, nonlinear profiles) compare in double.
 */
public final class Acceptance {

    private final List<Profile> profiles;
    private final double[] lo;
    private final double[] hi;
    private final ExactAcceptance[] exact;

    private Acceptance(List<? extends Profile> profiles) {
        this.profiles = List.copyOf(profiles);
        int n = profiles.size();
        lo = new double[n];
        hi = new double[n];
        exact = new ExactAcceptance[n];
        for (int i = 0; i < n; i++) {
            Profile p = profiles.get(i);
            double rv = p.reservationValue();
            exact[i] = p instanceof AdditiveProfile a ? a.exactAcceptance() : null;
            if (exact[i] == null) {
                lo[i] = rv;
                hi[i] = rv;
            } else {
                lo[i] = Math.nextDown(rv - exact[i].errorBound());
                hi[i] = Math.nextUp(rv + exact[i].errorBound());
            }
        }
    }

    /** The acceptance test of each profile against its own reservation value. */
    public static Acceptance of(List<? extends Profile> profiles) {
        return new Acceptance(profiles);
    }

    /** The number of parties. */
    public int parties() {
        return lo.length;
    }

    /**
     * The double utility from which party {@code i} accepts every outcome: its reservation value raised by the
     * profile's error bound (the reservation value itself without an exact test).
     */
    public double acceptsAllFrom(int i) {
        return hi[i];
    }

    /**
     * The double utility below which party {@code i} accepts no outcome: its reservation value lowered by the
     * profile's error bound (the reservation value itself without an exact test).
     */
    public double acceptsNoneBelow(int i) {
        return lo[i];
    }

    /** Whether party {@code i}, whose double utility of {@code outcome} is {@code u}, accepts it. */
    public boolean accepts(int i, double u, int[] outcome) {
        if (u >= hi[i]) {
            return true;
        }
        return u >= lo[i] && exact[i].accepts(outcome);
    }

    /** Whether every party accepts the outcome, given their double utilities {@code u}. */
    public boolean acceptedByAll(double[] u, int[] outcome) {
        for (int i = 0; i < lo.length; i++) {
            if (u[i] < hi[i] && (u[i] < lo[i] || !exact[i].accepts(outcome))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The rational part of a frontier: the points whose first witness outcome every party accepts. Anything that
     * dominates a rational point is rational, so this is the frontier of the rational outcomes. (Outcomes merged
     * into one point are within the frontier's tie tolerance of each other; with {@code eps = 0} they are equal.)
     */
    public ParetoFrontier rational(ParetoFrontier f) {
        List<FrontierPoint> kept = new ArrayList<>();
        long n = 0;
        double[] u = new double[lo.length];
        for (FrontierPoint p : f.points()) {
            int[] o = p.outcome();
            for (int i = 0; i < u.length; i++) {
                u[i] = profiles.get(i).utility(o);
            }
            if (acceptedByAll(u, o)) {
                kept.add(p);
                n = PerIssueMerge.add(n, p.outcomes());
            }
        }
        return new ParetoFrontier(kept, n, f.algorithm(), f.eps(), true, f.stages());
    }
}
