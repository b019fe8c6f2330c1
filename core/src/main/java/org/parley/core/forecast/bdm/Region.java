package org.parley.core.forecast.bdm;

/**
 * Where an ordered dyad (i, j) falls in Scholz's Fig. 6, seen from actor i with {@code a = E(U_ij)} and
 * {@code b = E(U_ji)}; the first three are offers that ask i to move.
 */
public enum Region {
    /** {@code b > a > 0}: both would fight and j is favoured; i moves fully to {@code x_j}. */
    CONFLICT("conflict"),
    /** j has the upper hand (figure reading: {@code b > 0 > a}, {@code b > |a|}); i moves part way (eq. 36). */
    COMPROMISE("compromise"),
    /** Compel: {@code a < 0 < b}, {@code |a| > |b|}; i capitulates and moves fully to {@code x_j}. */
    CAPITULATION("capitulation"),
    /** {@code a < 0}, {@code b < 0}: neither challenges; nobody moves. */
    STALEMATE("stalemate"),
    /** {@code a > b}: i has the upper hand; j, not i, is expected to move. */
    UPPER_HAND("upper hand"),
    /** No offer: a boundary case, or a region the variant's rules leave empty. */
    NONE("no offer");

    private final String word;

    Region(String word) {
        this.word = word;
    }

    /** The region in words, for explanations. */
    public String word() {
        return word;
    }

    @Override
    public String toString() {
        return word;
    }

    /** Whether this region asks i to move. */
    public boolean isOffer() {
        return this == CONFLICT || this == COMPROMISE || this == CAPITULATION;
    }

    /** The preference of a mover among offers (Scholz Section 6.2): conflict 0, compromise 1, capitulation 2. */
    int rank() {
        return ordinal();
    }
}
