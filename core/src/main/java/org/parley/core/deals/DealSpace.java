package org.parley.core.deals;

import java.util.List;
import org.parley.core.outcomes.OutcomeSpace;
import org.parley.core.preferences.Profile;

/**
 * A bargaining problem over a finite outcome space: the domain and one profile per party. Utilities are on the
 * profiles' scale ({@link #scale()}: 1 for GENIUS/GeniusWeb, 100 for Parley scenarios).
 */
public record DealSpace(String name, OutcomeSpace space, List<Profile> profiles, double scale) {

    public DealSpace {
        profiles = List.copyOf(profiles);
        if (profiles.size() < 2) {
            throw new IllegalArgumentException("a deal space needs at least two parties, got " + profiles.size());
        }
        if (profiles.stream().map(Profile::name).distinct().count() != profiles.size()) {
            throw new IllegalArgumentException("two parties have the same name");
        }
    }

    /** The parties' names, in profile order. */
    public List<String> parties() {
        return profiles.stream().map(Profile::name).toList();
    }

    /** Every party's reservation value. */
    public double[] reservationValues() {
        double[] rv = new double[profiles.size()];
        for (int i = 0; i < rv.length; i++) {
            rv[i] = profiles.get(i).reservationValue();
        }
        return rv;
    }

    /** Every party's utility of an outcome. */
    public double[] utilities(int[] outcome) {
        double[] u = new double[profiles.size()];
        for (int i = 0; i < u.length; i++) {
            u[i] = profiles.get(i).utility(outcome);
        }
        return u;
    }

    /** The same problem restricted to some parties (by index, in the order given). */
    public DealSpace restrict(int[] parties) {
        Profile[] ps = new Profile[parties.length];
        for (int k = 0; k < parties.length; k++) {
            ps[k] = profiles.get(parties[k]);
        }
        return new DealSpace(name, space, List.of(ps), scale);
    }
}
