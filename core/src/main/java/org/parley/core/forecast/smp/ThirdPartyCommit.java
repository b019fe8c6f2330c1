package org.parley.core.forecast.smp;

/**
 * KTAB's {@code ThirdPartyCommit}: what a third party m expects to hold after joining one side of a challenge
 * between i and j (smp.md Section 5, table of the four hypothetical outcomes). Each outcome is the sum of m's
 * utilities for three positions.
 */
public enum ThirdPartyCommit implements KtabOption {
    /** m keeps its position whatever happens. */
    NO_COMMIT("NoCommit", "no-commit"),
    /** m keeps its position if its side wins, adopts the winner's if it loses (KTAB's default). */
    SEMI_COMMIT("SemiCommit", "semi-commit"),
    /** m adopts the winner's position either way. */
    FULL_COMMIT("FullCommit", "full-commit");

    private final Names names;

    ThirdPartyCommit(String ktabName, String word) {
        this.names = new Names(ktabName, word);
    }

    @Override
    public Names names() {
        return names;
    }

    /** m's utility when m joins i and i wins ("ik beats j"); {@code umi = U(m,i)}, {@code umm = U(m,m)}. */
    double joinedIWins(double umi, double umm) {
        return this == FULL_COMMIT ? 3 * umi : 2 * umi + umm;
    }

    /** m's utility when m joins i and j wins ("j beats ik"). */
    double joinedILoses(double umj, double umm) {
        return this == NO_COMMIT ? 2 * umj + umm : 3 * umj;
    }

    /** m's utility when m joins j and i wins ("i beats jk"). */
    double joinedJLoses(double umi, double umm) {
        return this == NO_COMMIT ? 2 * umi + umm : 3 * umi;
    }

    /** m's utility when m joins j and j wins ("jk beats i"). */
    double joinedJWins(double umj, double umm) {
        return this == FULL_COMMIT ? 3 * umj : 2 * umj + umm;
    }
}
