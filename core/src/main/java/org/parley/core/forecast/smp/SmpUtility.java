package org.parley.core.forecast.smp;

/** SMP's distance and utility primitives (smp.md Section 3), on the 0..1 scale. */
public final class SmpUtility {

    private SmpUtility() {
    }

    /**
     * KTAB's {@code bvDiff}: the salience-weighted distance {@code sqrt(sum_k (s_k d_k)^2 / sum_k s_k^2)} between
     * {@code a} and {@code b} (offsets {@code ao}, {@code bo}, {@code dims} values each) with the saliences of
     * {@code s} at offset {@code so}; {@code squares} is {@code sum_k s_k^2} (must be positive).
     */
    public static double bvDiff(double[] a, int ao, double[] b, int bo, double[] s, int so, int dims,
                                double squares) {
        double sum = 0;
        for (int k = 0; k < dims; k++) {
            double sd = s[so + k] * (a[ao + k] - b[bo + k]);
            sum += sd * sd;
        }
        return Math.sqrt(sum / squares);
    }

    /**
     * KTAB's {@code bsUtil}: the utility {@code (1 - d)(1 + d R)} of a position at distance {@code d} for risk
     * attitude {@code R} in [-1, 1] ({@code (1 - d)(1 + R)} beyond d = 1, a guard against round-off).
     */
    public static double bsUtil(double d, double r) {
        return d <= 1 ? (1 - d) * (1 + d * r) : (1 - d) * (1 + r);
    }
}
