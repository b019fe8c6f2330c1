package org.parley.core.forecast.smp;

import java.util.List;

/**
 * KTAB's {@code VotingRule}: how strongly a voter of weight {@code w} supports option 1 over option 2 given its
 * utilities for them (smp.md Section 3, "Vote"). Positive votes favour option 1.
 */
public enum VotingRule implements KtabOption {
    /** {@code w * clamp(du / 1e-8, -1, 1)}: all or nothing. */
    BINARY("Binary", "binary"),
    /** {@code w * (0.8 du + 0.2 clamp(du / 1e-8, -1, 1))}. */
    PROP_BIN("PropBin", "prop-bin"),
    /** {@code w * du}: proportional (KTAB's default). */
    PROP("Prop", "prop"),
    /** {@code w * (0.5 du + 0.5 du^3)}. */
    PROP_CBC("PropCbc", "prop-cbc"),
    /** {@code w * du^3}. */
    CUBIC("Cubic", "cubic"),
    /** Asymmetric prospects: {@code w du} for losses, {@code (2/3) w du} for gains. */
    ASYM_PROSP("ASymProsp", "asym-prosp");

    private static final double BINARY_SCALE = 1e-8;

    private final Names names;

    VotingRule(String ktabName, String word) {
        this.names = new Names(ktabName, word);
    }

    @Override
    public Names names() {
        return names;
    }

    /** The vote of weight {@code w > 0} for option 1 (utility {@code u1}) against option 2 ({@code u2}). */
    public double vote(double w, double u1, double u2) {
        if (!(w > 0)) {
            throw new IllegalArgumentException("non-positive voting weight " + w);
        }
        double du = u1 - u2;
        return switch (this) {
            case BINARY -> w * clamp(du / BINARY_SCALE);
            case PROP_BIN -> w * (0.8 * du + 0.2 * clamp(du / BINARY_SCALE));
            case PROP -> w * du;
            case PROP_CBC -> w * (0.5 * du + 0.5 * du * du * du);
            case CUBIC -> w * du * du * du;
            case ASYM_PROSP -> du < 0 ? w * du : du > 0 ? (2.0 / 3.0) * w * du : 0;
        };
    }

    private static double clamp(double x) {
        return x < -1 ? -1 : Math.min(x, 1);
    }

    @Override
    public List<String> aliases() {
        return this == PROP ? List.of("Proportional") : List.of();
    }
}
