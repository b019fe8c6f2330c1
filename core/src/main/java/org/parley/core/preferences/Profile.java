package org.parley.core.preferences;

/**
 * One party's preferences over the outcomes of a space: a utility function, the reservation value (the utility of
 * no agreement) and a discount factor. Utilities are on the profile's own scale: 0..1 for GENIUS and GeniusWeb
 * profiles, 0..100 for Parley scenarios.
 */
public interface Profile {

    /** The profile's name (the party it belongs to). */
    String name();

    /** The utility of an outcome given as value indices, one per issue. */
    double utility(int[] outcome);

    /** The utility of no agreement ({@code rv}); 0 when the file gives none. */
    double reservationValue();

    /** The discount factor {@code delta} in (0, 1]; 1 means no discounting. */
    default double discountFactor() {
        return 1.0;
    }

    /** The top of the utility scale: 1 or 100. */
    default double scale() {
        return 1.0;
    }

    /** The discounted utility {@code u * delta^t} at normalised time {@code t} in [0, 1] (GENIUS). */
    default double discounted(double u, double t) {
        return u * Math.pow(discountFactor(), t);
    }

    /** A discount factor as GENIUS reads it: values {@code <= 0} or {@code > 1} mean 1 (no discounting). */
    static double normaliseDiscount(double delta) {
        return delta <= 0 || delta > 1 || Double.isNaN(delta) ? 1.0 : delta;
    }
}
