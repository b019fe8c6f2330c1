package org.parley.core.negotiation.party;

/**
 * A time-dependent tactic (Faratin, Sierra and Jennings 1998, doi:10.1016/S0921-8890(98)00029-3; GENIUS
 * {@code TimeDependent_Offering}): at normalised time {@code t} it offers the bid whose utility is nearest to
 * <pre>target(t) = P_min + (P_max - P_min) (1 - f(t)),   f(t) = k + (1 - k) t^(1/e)   (e = 0: f = k)</pre>
 * Boulware {@code e = 0.2}, linear {@code e = 1}, conceder {@code e = 2}, hardliner {@code e = 0}. With
 * {@code P_max = 1}, {@code P_min = 0} and {@code k = 0} this is GENIUS's {@code 1 - t^(1/e)}. NegMAS writes the
 * exponent as {@code 1/e}.
 */
public final class TimeDependentNegotiator extends IndexedNegotiator {

    private final double e;
    private final double k;

    /** A tactic with exponent {@code e >= 0}, initial concession {@code k} in [0, 1] and an acceptance condition. */
    public TimeDependentNegotiator(double e, double k, Acceptance acceptance) {
        super(acceptance);
        if (!(e >= 0) || Double.isInfinite(e)) {
            throw new IllegalArgumentException("e=" + e + ": expected a number >= 0");
        }
        if (!(k >= 0 && k <= 1)) {
            throw new IllegalArgumentException("k=" + k + ": expected a number from 0 to 1");
        }
        this.e = e;
        this.k = k;
    }

    /** {@code P_min + (P_max - P_min) (1 - f(t))} with {@code f(t) = k + (1 - k) t^(1/e)} ({@code f = k} if e = 0). */
    public static double target(double e, double k, double pMin, double pMax, double t) {
        double f = e == 0 ? k : k + (1 - k) * Math.pow(t, 1 / e);
        return pMin + (pMax - pMin) * (1 - f);
    }

    @Override
    int nextRank(int round, double t) {
        return nearest(target(e, k, pMin, pMax, t));
    }
}
