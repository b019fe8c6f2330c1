package org.parley.io;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * How a table's saliences are written: on 0..1 ({@link #UNIT}), on 0..100 ({@link #PERCENT}), or as the file says
 * ({@link #AUTO}: 0..100 when any salience is above 1). Parley keeps saliences on 0..100; a 0..1 salience is moved
 * two decimal places exactly (0.35 becomes 35, not 35.00000000000001). Shared by the BDM and decide readers.
 */
public enum SalienceScale {
    /** 0..100 when any salience is above 1, else 0..1. */
    AUTO,
    /** Saliences from 0 to 1. */
    UNIT,
    /** Saliences from 0 to 100. */
    PERCENT;

    /** Whether saliences read this way are on 0..100, given every salience of the file. */
    public boolean percent(Collection<BigDecimal> saliences) {
        return switch (this) {
            case PERCENT -> true;
            case UNIT -> false;
            case AUTO -> saliences.stream().anyMatch(s -> s != null && s.compareTo(BigDecimal.ONE) > 0);
        };
    }

    /** A salience on Parley's 0..100 scale, from a file whose saliences are on 0..100 ({@code percent}) or 0..1. */
    public static double toPercent(BigDecimal salience, boolean percent) {
        return percent ? salience.doubleValue() : salience.movePointRight(2).doubleValue();
    }

    /** The largest salience this scale allows (for AUTO: 100, since any value above 1 means 0..100). */
    public BigDecimal max() {
        return this == UNIT ? BigDecimal.ONE : BigDecimal.valueOf(100);
    }

    /** What a salience outside the scale is answered with. */
    public String expected() {
        return switch (this) {
            case UNIT -> "expected 0 to 1";
            case PERCENT -> "expected 0 to 100";
            case AUTO -> "expected 0 to 1, or 0 to 100 throughout the file";
        };
    }
}
