package org.parley.core.forecast.exchange;

/**
 * The state every candidate of one round starts from: the round-start positions {@code x[i][d]} (0..100), and per
 * issue the denominator {@code N_d} and the outcome {@code O_d} (exchange.md Section 3.2, step 1).
 */
record RoundStart(ExchangeInput in, double[][] x, double[] n, double[] o) {

    /** The start of a round from positions {@code x[i][d]}. */
    static RoundStart of(ExchangeInput in, double[][] x) {
        int m = in.issueCount();
        double[] n = new double[m];
        double[] o = new double[m];
        for (int d = 0; d < m; d++) {
            n[d] = Compromise.denominator(in, d);
            o[d] = Compromise.outcome(in, d, column(x, d));
        }
        return new RoundStart(in, x, n, o);
    }

    /** Every actor's round-start position on issue d (0 where absent). */
    static double[] column(double[][] x, int d) {
        double[] col = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            col[i] = x[i][d];
        }
        return col;
    }

    /** Whether actor i is "left" on issue d: {@code x_id <= O_d}. */
    boolean left(int i, int d) {
        return x[i][d] <= o[d];
    }
}
