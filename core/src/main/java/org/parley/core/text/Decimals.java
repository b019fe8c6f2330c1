package org.parley.core.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as text, the same on every machine and in every view: a dot, no grouping, half-up rounding, never
 * "-0.0". Rounding belongs to views; results keep full precision.
 */
public final class Decimals {

    private Decimals() {
    }

    /** {@code x} with exactly {@code decimals} places: {@code fixed(7.0, 1)} is "7.0". */
    public static String fixed(double x, int decimals) {
        if (!Double.isFinite(x)) {
            return plain(x);
        }
        String s = BigDecimal.valueOf(x).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return isZero(s) ? s.replace("-", "") : s;
    }

    /** {@code x} with a sign and exactly {@code decimals} places: "+13.9", "-20.0", and "0.0" for zero. */
    public static String signed(double x, int decimals) {
        String s = fixed(x, decimals);
        return isZero(s) || s.startsWith("-") || !Double.isFinite(x) ? s : "+" + s;
    }

    /** {@code x} rounded to at most {@code decimals} places, trailing zeros dropped: 7.4613, 12, 0.5. */
    public static String upTo(double x, int decimals) {
        if (!Double.isFinite(x)) {
            return plain(x);
        }
        return plain(BigDecimal.valueOf(x).setScale(decimals, RoundingMode.HALF_UP).doubleValue());
    }

    /**
     * The shortest plain decimal that reads back as {@code x}: 12 rather than 12.0, 0.0001 rather than 1.0E-4; beyond
     * 1e15 or below 1e-9 in magnitude, Java's exponent form (1.0E308, not 309 digits).
     */
    public static String plain(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Infinity" : "-Infinity";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        if (Math.abs(x) >= 1e15 || Math.abs(x) < 1e-9) {
            return Double.toString(x); // 1.0E308, not 309 digits
        }
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }

    /** A share (0..1) as a percentage with {@code decimals} places: "37.44%". */
    public static String percent(double share, int decimals) {
        return fixed(100 * share, decimals) + "%";
    }

    private static boolean isZero(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }
}
