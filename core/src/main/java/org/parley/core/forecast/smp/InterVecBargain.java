package org.parley.core.forecast.smp;

/**
 * KTAB's {@code InterVecBrgn}: the positions that initiator i and receiver j are asked to move to, dimension by
 * dimension, given i's estimate {@code pI} that it would win (smp.md Section 6).
 */
public enum InterVecBargain implements KtabOption {
    /** Weights salience x probability. */
    S1P1("S1P1", "s1p1"),
    /** Weights salience^2 x probability^2 (KTAB's default). */
    S2P2("S2P2", "s2p2"),
    /** Only the likely loser moves, in proportion to the winner's salience. */
    S2PMAX("S2PMax", "s2pmax");

    /** KTAB's floor in the interpolation weights. */
    public static final double FLOOR = 1e-6;

    private final Names names;

    InterVecBargain(String ktabName, String word) {
        this.names = new Names(ktabName, word);
    }

    @Override
    public Names names() {
        return names;
    }

    /**
     * Writes the bargain for initiator {@code i} and receiver {@code j} into {@code bI} and {@code bJ} (length D).
     *
     * @param x positions row-major on 0..1, {@code x[a * dims + k]}
     * @param s saliences row-major on 0..1
     * @param pI i's estimated probability of beating j
     */
    public void propose(double[] x, double[] s, int dims, int i, int j, double pI, double[] bI, double[] bJ) {
        double pJ = 1 - pI;
        for (int k = 0; k < dims; k++) {
            double ti = x[i * dims + k];
            double tj = x[j * dims + k];
            double si = s[i * dims + k];
            double sj = s[j * dims + k];
            switch (this) {
                case S1P1 -> interpolate(si * pI, sj * pJ, ti, tj, bI, bJ, k);
                case S2P2 -> interpolate(si * si * pI * pI, sj * sj * pJ * pJ, ti, tj, bI, bJ, k);
                case S2PMAX -> {
                    double dI = Math.max(0, pJ - pI);
                    double dJ = Math.max(0, pI - pJ);
                    double mI = dI * sj * sj / (dI * sj * sj + FLOOR + (1 - dI) * si * si);
                    double mJ = dJ * si * si / (dJ * si * si + FLOOR + (1 - dJ) * sj * sj);
                    bI[k] = ti + mI * (tj - ti);
                    bJ[k] = tj + mJ * (ti - tj);
                }
                default -> throw new IllegalStateException(name());
            }
        }
    }

    /** Eq. 6.1: both move to (almost) the same weighted point, rounded to 4 decimals on 0..1. */
    private static void interpolate(double wI, double wJ, double ti, double tj, double[] bI, double[] bJ, int k) {
        bI[k] = round4(((wI + FLOOR) * ti + wJ * tj) / (wI + wJ + FLOOR));
        bJ[k] = round4((wI * ti + (wJ + FLOOR) * tj) / (wI + wJ + FLOOR));
    }

    /** {@code floor(0.5 + 10000 z) / 10000}: why every KTAB position has two decimals on 0..100. */
    public static double round4(double z) {
        return Math.floor(0.5 + z * 10000.0) / 10000.0;
    }
}
