package org.parley.core.stats;

/**
 * Sample quantiles by linear interpolation between order statistics (Hyndman and Fan 1996, type 7, the default of
 * R and NumPy): {@code Q(p) = x_(h) + (h - floor h)(x_(h+1) - x_(h))} with {@code h = (n - 1) p} on 0-based sorted x.
 * Between equal order statistics the quantile is that value, so an infinite one gives itself and not NaN.
 */
public final class Quantiles {

    private Quantiles() {
    }

    /** The type-7 quantile {@code p} (0..1) of {@code sorted}, which must be sorted ascending and non-empty. */
    public static double type7(double[] sorted, double p) {
        if (sorted.length == 0 || !(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("quantile " + p + " of " + sorted.length + " values; expected p in "
                    + "[0, 1] and at least one value");
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        double a = sorted[lo];
        double b = sorted[Math.min(lo + 1, sorted.length - 1)];
        return a == b ? a : a + (h - lo) * (b - a);
    }
}
