package org.parley.core.preferences;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Whether a party accepts an outcome ({@code u(o) >= rv}), decided in exact integer arithmetic: with integer tables
 * {@code a_k(v)} and an integer threshold {@code T}, {@code u(o) >= rv} exactly when {@code sum_k a_k(o_k) >= T}.
 * Carries {@link #errorBound()}, a proven bound on {@code |u_hat(o) - u(o)| + |rv_hat - rv|} for the profile's
 * floating-point utility {@code u_hat} (summed constant first, issues in order) and reservation value
 * {@code rv_hat}: outside {@code rv_hat +- errorBound} the double comparison is already right, and only outcomes
 * inside it need the tables. Sums run on {@code long} when they cannot overflow, else on {@code BigInteger}.
 */
public final class ExactAcceptance {

    private final long[][] small;
    private final long smallThreshold;
    private final BigInteger[][] big;
    private final BigInteger bigThreshold;
    private final double errorBound;

    private ExactAcceptance(BigInteger[][] tables, BigInteger threshold, double errorBound) {
        BigInteger reach = threshold.abs();
        for (BigInteger[] t : tables) {
            BigInteger most = BigInteger.ZERO;
            for (BigInteger x : t) {
                most = most.max(x.abs());
            }
            reach = reach.add(most);
        }
        if (reach.bitLength() < 62) {
            small = new long[tables.length][];
            for (int k = 0; k < tables.length; k++) {
                small[k] = new long[tables[k].length];
                for (int v = 0; v < small[k].length; v++) {
                    small[k][v] = tables[k][v].longValueExact();
                }
            }
            smallThreshold = threshold.longValueExact();
            big = null;
            bigThreshold = null;
        } else {
            small = null;
            smallThreshold = 0;
            big = tables;
            bigThreshold = threshold;
        }
        this.errorBound = errorBound;
    }

    /**
     * The test {@code sum_k x_k(o_k) >= threshold} for decimal tables (scaled to integers by one power of ten and
     * reduced by their greatest common divisor), with the floating-point error bound of the profile it decides for.
     */
    public static ExactAcceptance of(BigDecimal[][] contributions, BigDecimal threshold, double errorBound) {
        if (!(errorBound >= 0) || Double.isInfinite(errorBound)) {
            throw new IllegalArgumentException("error bound " + errorBound + "; expected a finite number >= 0");
        }
        int scale = Math.max(0, threshold.scale());
        for (BigDecimal[] t : contributions) {
            for (BigDecimal x : t) {
                scale = Math.max(scale, x.scale());
            }
        }
        BigInteger[][] ints = new BigInteger[contributions.length][];
        BigInteger gcd = integer(threshold, scale);
        for (int k = 0; k < contributions.length; k++) {
            ints[k] = new BigInteger[contributions[k].length];
            for (int v = 0; v < ints[k].length; v++) {
                ints[k][v] = integer(contributions[k][v], scale);
                gcd = gcd.gcd(ints[k][v]);
            }
        }
        BigInteger t = integer(threshold, scale);
        if (gcd.signum() > 0 && !gcd.equals(BigInteger.ONE)) {
            for (BigInteger[] row : ints) {
                for (int v = 0; v < row.length; v++) {
                    row[v] = row[v].divide(gcd);
                }
            }
            t = t.divide(gcd);
        }
        return new ExactAcceptance(ints, t, errorBound);
    }

    private static BigInteger integer(BigDecimal x, int scale) {
        return x.setScale(scale).unscaledValue();
    }

    /** Whether {@code u(o) >= rv}, exactly. */
    public boolean accepts(int[] outcome) {
        if (small != null) {
            long sum = 0;
            for (int k = 0; k < small.length; k++) {
                sum += small[k][outcome[k]];
            }
            return sum >= smallThreshold;
        }
        BigInteger sum = BigInteger.ZERO;
        for (int k = 0; k < big.length; k++) {
            sum = sum.add(big[k][outcome[k]]);
        }
        return sum.compareTo(bigThreshold) >= 0;
    }

    /** The bound on the floating-point error of the utility plus that of the reservation value. */
    public double errorBound() {
        return errorBound;
    }
}
