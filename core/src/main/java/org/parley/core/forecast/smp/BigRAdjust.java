package org.parley.core.forecast.smp;

import java.util.List;

/**
 * KTAB's {@code BigRAdjust}: how actor h estimates actor i's risk attitude, mixing its own {@code R_h} with the
 * true {@code R_i} (smp.md Section 3, "Perceived risk attitude"). Every rule gives {@code R_i} when h = i.
 */
public enum BigRAdjust implements KtabOption {
    /** h assumes i thinks like h: {@code R_h}. */
    NONE("None", "none"),
    /** {@code (2 R_h + R_i) / 3} (KTAB's default). */
    ONE_THIRD("OneThird", "one-third"),
    /** {@code (R_h + R_i) / 2}. */
    HALF("Half", "half"),
    /** {@code (R_h + 2 R_i) / 3}. */
    TWO_THIRDS("TwoThirds", "two-thirds"),
    /** h knows {@code R_i}. */
    FULL("Full", "full");

    private final Names names;

    BigRAdjust(String ktabName, String word) {
        this.names = new Names(ktabName, word);
    }

    @Override
    public Names names() {
        return names;
    }

    /** h's estimate of i's risk attitude. */
    public double estimate(double rh, double ri) {
        return switch (this) {
            case NONE -> rh;
            case ONE_THIRD -> (2 * rh + ri) / 3;
            case HALF -> (rh + ri) / 2;
            case TWO_THIRDS -> (rh + 2 * ri) / 3;
            case FULL -> ri;
        };
    }

    @Override
    public List<String> aliases() {
        return this == NONE ? List.of("No") : List.of();
    }
}
