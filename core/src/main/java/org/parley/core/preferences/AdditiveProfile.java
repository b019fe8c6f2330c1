package org.parley.core.preferences;

import java.util.Arrays;

/**
 * A linear-additive utility {@code u(o) = c + sum_k t_k(o_k)}: one table per issue holding the weighted evaluation
 * {@code w_k e_k(v)} of each value (GENIUS/GeniusWeb), or minus the weighted loss of each grid value (Parley's
 * spatial utilities, with {@code c = 100}). One evaluation is O(issues), no allocation. The per-issue tables are
 * what the per-issue merge of the Pareto frontier works on.
 */
public final class AdditiveProfile implements Profile {

    private final String name;
    private final double constant;
    private final double[][] table;
    private final double reservationValue;
    private final double discountFactor;
    private final double scale;
    private final int[] reservationBid;
    private final java.math.BigDecimal[][] exact;
    private final ExactAcceptance acceptance;

    private AdditiveProfile(String name, double constant, double[][] table, double reservationValue,
                            double discountFactor, double scale, int[] reservationBid) {
        this(name, constant, table, reservationValue, discountFactor, scale, reservationBid, null, null);
    }

    private AdditiveProfile(String name, double constant, double[][] table, double reservationValue,
                            double discountFactor, double scale, int[] reservationBid,
                            java.math.BigDecimal[][] exact, ExactAcceptance acceptance) {
        this.name = name;
        this.constant = constant;
        this.table = new double[table.length][];
        for (int k = 0; k < table.length; k++) {
            this.table[k] = table[k].clone();
        }
        this.reservationValue = reservationValue;
        this.discountFactor = discountFactor;
        this.scale = scale;
        this.reservationBid = reservationBid == null ? null : reservationBid.clone();
        this.exact = exact == null ? null : java.util.Arrays.stream(exact).map(java.math.BigDecimal[]::clone)
                .toArray(java.math.BigDecimal[][]::new);
        this.acceptance = acceptance;
    }

    /**
     * The profile {@code u(o) = sum_k w_k e_k(o_k)} on 0..1, from weights and per-issue evaluations in [0, 1].
     * {@code rv} is the reservation value; with a reservation bid, pass it too and rv is ignored.
     */
    public static AdditiveProfile weighted(String name, double[] weights, double[][] evaluations, double rv,
                                           double discount, int[] reservationBid) {
        if (weights.length != evaluations.length) {
            throw new IllegalArgumentException("one weight per issue expected");
        }
        double[][] t = new double[weights.length][];
        for (int k = 0; k < weights.length; k++) {
            t[k] = new double[evaluations[k].length];
            for (int v = 0; v < t[k].length; v++) {
                t[k][v] = weights[k] * evaluations[k][v];
            }
        }
        AdditiveProfile p = new AdditiveProfile(name, 0, t, rv, Profile.normaliseDiscount(discount), 1.0,
                reservationBid);
        return reservationBid == null ? p : p.withReservationValue(p.utility(reservationBid));
    }

    /** A profile straight from its tables: {@code u(o) = constant + sum_k table[k][o_k]} on the given scale. */
    public static AdditiveProfile ofTables(String name, double constant, double[][] table, double rv, double scale) {
        return new AdditiveProfile(name, constant, table, rv, 1.0, scale, null);
    }

    /** A copy with another reservation value, without the exact acceptance test (it was for the old one). */
    public AdditiveProfile withReservationValue(double rv) {
        return new AdditiveProfile(name, constant, table, rv, discountFactor, scale, reservationBid, exact, null);
    }

    /**
     * A copy carrying exact contributions: per issue and value a decimal {@code x_k(v)} with
     * {@code t_k(v) = x_k(v) / m} for one positive constant {@code m} of the profile (so exact sums order and tie
     * outcomes exactly as the true utilities do). The per-issue merge uses them when asked for {@code eps = 0}.
     */
    public AdditiveProfile withExact(java.math.BigDecimal[][] contributions) {
        if (contributions.length != table.length) {
            throw new IllegalArgumentException("one exact table per issue expected");
        }
        return new AdditiveProfile(name, constant, table, reservationValue, discountFactor, scale, reservationBid,
                contributions, acceptance);
    }

    /**
     * A copy that decides {@code u(o) >= rv} exactly with {@code a} (built for this profile's tables and reservation
     * value): the zone of agreement and the rational frontier use it at the boundary.
     */
    public AdditiveProfile withExactAcceptance(ExactAcceptance a) {
        return new AdditiveProfile(name, constant, table, reservationValue, discountFactor, scale, reservationBid,
                exact, a);
    }

    /** The exact acceptance test, or null when the profile has none (then {@code u >= rv} is decided in double). */
    public ExactAcceptance exactAcceptance() {
        return acceptance;
    }

    /** Whether exact contributions are known. */
    public boolean hasExact() {
        return exact != null;
    }

    /** The exact (scaled) contribution of value {@code v} of issue {@code k}; see {@link #withExact}. */
    public java.math.BigDecimal exactContribution(int k, int v) {
        return exact[k][v];
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double utility(int[] outcome) {
        double u = constant;
        for (int k = 0; k < table.length; k++) {
            u += table[k][outcome[k]];
        }
        return u;
    }

    @Override
    public double reservationValue() {
        return reservationValue;
    }

    @Override
    public double discountFactor() {
        return discountFactor;
    }

    @Override
    public double scale() {
        return scale;
    }

    /** The constant term {@code c}. */
    public double constant() {
        return constant;
    }

    /** The number of issues. */
    public int issues() {
        return table.length;
    }

    /** Issue {@code k}'s contribution {@code t_k(v)} of value {@code v}. */
    public double contribution(int k, int v) {
        return table[k][v];
    }

    /** A copy of issue {@code k}'s table. */
    public double[] table(int k) {
        return table[k].clone();
    }

    @Override
    public String toString() {
        return "AdditiveProfile[" + name + ", c=" + constant + ", " + Arrays.deepToString(table) + "]";
    }
}
