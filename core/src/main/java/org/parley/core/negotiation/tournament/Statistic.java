package org.parley.core.negotiation.tournament;

/** The number of values, their mean and sample standard deviation (null when there are no values; sd 0 for one). */
public record Statistic(long count, Double mean, Double sd) {

    /** The statistic of {@code values[0 .. n-1]}, summed in order (so the same values give the same bits). */
    public static Statistic of(double[] values, int n) {
        if (n == 0) {
            return new Statistic(0, null, null);
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += values[i];
        }
        double mean = sum / n;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double d = values[i] - mean;
            ss += d * d;
        }
        return new Statistic(n, mean, n < 2 ? 0.0 : Math.sqrt(ss / (n - 1)));
    }

    /** Collects values in order. */
    static final class Values {
        private double[] v = new double[16];
        private int n;

        void add(double x) {
            if (n == v.length) {
                v = java.util.Arrays.copyOf(v, n * 2);
            }
            v[n++] = x;
        }

        void add(Double x) {
            if (x != null) {
                add(x.doubleValue());
            }
        }

        Statistic statistic() {
            return of(v, n);
        }
    }
}
