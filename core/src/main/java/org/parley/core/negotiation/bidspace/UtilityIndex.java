package org.parley.core.negotiation.bidspace;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.parley.core.deals.Acceptance;
import org.parley.core.deals.OutcomeScan;
import org.parley.core.outcomes.OutcomeSpace;
import org.parley.core.preferences.Profile;

/**
 * One profile's bids sorted by utility, best first, ties in enumeration order (GENIUS {@code SortedOutcomeSpace}).
 * {@link #nearest} finds the bid whose utility is nearest to a target by binary search, in O(log n), never below a
 * floor. Spaces up to {@code maxBids} outcomes are indexed exactly; larger ones (the nonlinear S-1NIKFRT-1 domain
 * has 10^10) by a seeded uniform sample improved by hill climbing towards the best and the worst bids, so that
 * {@link #max()} and {@link #min()} are the best and worst bids found; {@link #exact()} says which. Immutable and
 * safe to share between threads and sessions.
 */
public final class UtilityIndex {

    /** Outcomes indexed exactly when none is given: 2,000,000 (24 MB). */
    public static final long DEFAULT_MAX_BIDS = 2_000_000L;
    /** Bids sampled from a larger space when none is given. */
    public static final int DEFAULT_SAMPLES = 200_000;

    private final OutcomeSpace space;
    private final long[] bids;
    private final double[] utility;
    private final boolean exact;

    private UtilityIndex(OutcomeSpace space, long[] bids, double[] utility, boolean exact) {
        this.space = space;
        this.bids = bids;
        this.utility = utility;
        this.exact = exact;
    }

    /** The exact index when the space has at most {@code maxBids} outcomes, else a sampled one. */
    public static UtilityIndex of(OutcomeSpace space, Profile profile, long maxBids, int samples, long seed) {
        BigInteger n = space.size();
        if (n.compareTo(BigInteger.valueOf(maxBids)) <= 0) {
            return exact(space, profile);
        }
        return sampled(space, profile, samples, seed);
    }

    /** Every outcome of {@code space}, sorted by {@code profile}'s utility. O(n log n). */
    public static UtilityIndex exact(OutcomeSpace space, Profile profile) {
        if (space.size().compareTo(BigInteger.valueOf(Integer.MAX_VALUE - 8)) > 0) {
            throw new IllegalArgumentException("the space has " + space.size() + " outcomes, too many to index "
                    + "exactly; use a sampled index");
        }
        int n = space.size().intValueExact();
        long[] bids = new long[n];
        double[] u = new double[n];
        OutcomeScan.scan(space, java.util.List.of(profile), 0, n, (index, outcome, us) -> {
            bids[(int) index] = index;
            u[(int) index] = us[0];
        });
        sortDescending(u, bids);
        return new UtilityIndex(space, bids, u, true);
    }

    /**
     * {@code samples} outcomes drawn uniformly (seeded), plus hill climbs (one issue changed at a time, best
     * improvement first) from the 32 best and the 8 worst of them, deduplicated and sorted.
     */
    public static UtilityIndex sampled(OutcomeSpace space, Profile profile, int samples, long seed) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples " + samples + ": expected at least 1");
        }
        int[] radix = space.radices();
        SplittableRandom r = new SplittableRandom(seed);
        int climbsUp = 32;
        int climbsDown = 8;
        long[] drawn = new long[samples + climbsUp + climbsDown];
        double[] du = new double[drawn.length];
        int[] o = new int[radix.length];
        for (int s = 0; s < samples; s++) {
            for (int k = 0; k < radix.length; k++) {
                o[k] = r.nextInt(radix[k]);
            }
            drawn[s] = space.index(o);
            du[s] = profile.utility(o);
        }
        double[] su = java.util.Arrays.copyOf(du, samples);
        long[] sb = java.util.Arrays.copyOf(drawn, samples);
        sortDescending(su, sb);
        int m = samples;
        for (int c = 0; c < climbsUp && c < samples; c++) {
            drawn[m] = climb(space, profile, space.outcome(sb[c]), radix, 1);
            du[m] = profile.utility(space.outcome(drawn[m]));
            m++;
        }
        for (int c = 0; c < climbsDown && c < samples; c++) {
            drawn[m] = climb(space, profile, space.outcome(sb[samples - 1 - c]), radix, -1);
            du[m] = profile.utility(space.outcome(drawn[m]));
            m++;
        }
        long[] b = java.util.Arrays.copyOf(drawn, m);
        double[] u = java.util.Arrays.copyOf(du, m);
        sortByBid(b, u);
        int k = 0;
        for (int i = 0; i < m; i++) {
            if (i == 0 || b[i] != b[k - 1]) {
                b[k] = b[i];
                u[k] = u[i];
                k++;
            }
        }
        b = java.util.Arrays.copyOf(b, k);
        u = java.util.Arrays.copyOf(u, k);
        sortDescending(u, b);
        return new UtilityIndex(space, b, u, false);
    }

    /** Steepest ascent ({@code sign = 1}) or descent ({@code -1}) over one-issue changes; returns the bid's number. */
    private static long climb(OutcomeSpace space, Profile profile, int[] o, int[] radix, int sign) {
        double best = sign * profile.utility(o);
        for (int step = 0; step < 10_000; step++) {
            int bestIssue = -1;
            int bestValue = -1;
            for (int k = 0; k < radix.length; k++) {
                int keep = o[k];
                for (int v = 0; v < radix[k]; v++) {
                    if (v == keep) {
                        continue;
                    }
                    o[k] = v;
                    double u = sign * profile.utility(o);
                    if (u > best) {
                        best = u;
                        bestIssue = k;
                        bestValue = v;
                    }
                }
                o[k] = keep;
            }
            if (bestIssue < 0) {
                break;
            }
            o[bestIssue] = bestValue;
        }
        return space.index(o);
    }

    /** The outcome space the index is over. */
    public OutcomeSpace space() {
        return space;
    }

    /** The number of bids indexed. */
    public int size() {
        return bids.length;
    }

    /** Whether every outcome is indexed (else a searched sample). */
    public boolean exact() {
        return exact;
    }

    /** The best utility indexed. */
    public double max() {
        return utility[0];
    }

    /** The worst utility indexed. */
    public double min() {
        return utility[utility.length - 1];
    }

    /** The utility of the bid at rank {@code rank} (0 = best). */
    public double utility(int rank) {
        return utility[rank];
    }

    /** The enumeration number of the bid at rank {@code rank}. */
    public long bidNumber(int rank) {
        return bids[rank];
    }

    /** The bid at rank {@code rank}, as value indices (a fresh array). */
    public int[] bid(int rank) {
        return space.outcome(bids[rank]);
    }

    /** The number of bids with utility {@code >= x}: they are ranks {@code 0 .. countAtLeast(x) - 1}. */
    public int countAtLeast(double x) {
        int lo = 0;
        int hi = utility.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (utility[mid] >= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The number of best bids that party {@code party} of {@code acceptance} (this index's profile) accepts, ranks
     * {@code 0 .. countAccepted - 1}: its utility at least its reservation value, decided as {@link Acceptance} does,
     * exactly at the boundary for Parley scenarios. Bids above the error bound count at once; those within it are
     * checked exactly in rank order, and the first rejected one ends the count, so that no bid it takes in is worth
     * less than the reservation value.
     */
    public int countAccepted(Acceptance acceptance, int party) {
        int n = countAtLeast(acceptance.acceptsAllFrom(party));
        int candidates = countAtLeast(acceptance.acceptsNoneBelow(party));
        while (n < candidates && acceptance.accepts(party, utility[n], bid(n))) {
            n++;
        }
        return n;
    }

    /**
     * The rank of the bid whose utility is nearest to {@code target} among the bids with utility {@code >= floor}
     * (GENIUS {@code getBidNearUtility}); on equal distance the higher utility, on equal utility the first in
     * enumeration order. -1 when no bid reaches the floor.
     */
    public int nearest(double target, double floor) {
        return nearestAmong(target, countAtLeast(floor));
    }

    /**
     * As {@link #nearest(double, double)} among the {@code rational} best bids (ranks {@code 0 .. rational - 1}, e.g.
     * {@link #countAccepted} computed once).
     */
    public int nearestAmong(double target, int rational) {
        if (rational == 0) {
            return -1;
        }
        int below = countAtLeast(target);
        if (below >= rational) {
            return first(rational - 1);
        }
        if (below == 0) {
            return 0;
        }
        int above = below - 1;
        double da = utility[above] - target;
        double db = target - utility[below];
        boolean closeCall = Math.abs(da - db) <= 4 * Math.ulp(Math.max(da, db));
        boolean belowNearer = closeCall ? exactDistance(utility[below], target).compareTo(
                exactDistance(utility[above], target)) < 0 : db < da;
        return belowNearer ? below : first(above);
    }

    /** {@code |u - target|} without rounding, for distances too close to tell apart in floating point. */
    private static java.math.BigDecimal exactDistance(double u, double target) {
        return new java.math.BigDecimal(u).subtract(new java.math.BigDecimal(target)).abs();
    }

    /** The first rank holding the same utility as {@code rank} (ties are kept in enumeration order). */
    private int first(int rank) {
        double u = utility[rank];
        int lo = 0;
        int hi = rank;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (utility[mid] > u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Stable merge sort of {@code u} descending, carrying {@code b}: equal utilities keep their order. */
    static void sortDescending(double[] u, long[] b) {
        int n = u.length;
        double[] tu = new double[n];
        long[] tb = new long[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, n);
                if (u[mid - 1] >= u[mid]) {
                    continue;
                }
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    if (u[j] > u[i]) {
                        tu[k] = u[j];
                        tb[k++] = b[j++];
                    } else {
                        tu[k] = u[i];
                        tb[k++] = b[i++];
                    }
                }
                while (i < mid) {
                    tu[k] = u[i];
                    tb[k++] = b[i++];
                }
                while (j < hi) {
                    tu[k] = u[j];
                    tb[k++] = b[j++];
                }
                System.arraycopy(tu, lo, u, lo, hi - lo);
                System.arraycopy(tb, lo, b, lo, hi - lo);
            }
        }
    }

    /** Sorts bids ascending by number, carrying their utilities (for deduplication). */
    private static void sortByBid(long[] b, double[] u) {
        Integer[] order = new Integer[b.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Long.compare(b[x], b[y]));
        long[] nb = new long[b.length];
        double[] nu = new double[b.length];
        for (int i = 0; i < order.length; i++) {
            nb[i] = b[order[i]];
            nu[i] = u[order[i]];
        }
        System.arraycopy(nb, 0, b, 0, b.length);
        System.arraycopy(nu, 0, u, 0, u.length);
    }
}
