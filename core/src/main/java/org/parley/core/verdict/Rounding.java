package org.parley.core.verdict;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Round values for the claims a verdict makes: a step of a thousandth of the scale, rounded in a stated direction. */
final class Rounding {

    private Rounding() {
    }

    /** The rounding step for a scale of the given span: 0.1 for 0-100, 0.001 for 0-1 (a power of ten). */
    static double step(double span) {
        return Math.pow(10, Math.floor(Math.log10(span)) - 3);
    }

    /** The smallest multiple of {@code step} at or above {@code x}. */
    static double up(double x, double step) {
        return scaled(x, step, RoundingMode.CEILING);
    }

    /** The largest multiple of {@code step} at or below {@code x}. */
    static double down(double x, double step) {
        return scaled(x, step, RoundingMode.FLOOR);
    }

    /** The multiple of {@code step} nearest to {@code x} (halves away from zero). */
    static double nearest(double x, double step) {
        return scaled(x, step, RoundingMode.HALF_UP);
    }

    /** The smallest multiple of {@code step} strictly above {@code x}. */
    static double above(double x, double step) {
        double r = up(x, step);
        return r > x ? r : scaled(x + step, step, RoundingMode.HALF_UP);
    }

    /** The largest multiple of {@code step} strictly below {@code x}. */
    static double below(double x, double step) {
        double r = down(x, step);
        return r < x ? r : scaled(x - step, step, RoundingMode.HALF_UP);
    }

    private static double scaled(double x, double step, RoundingMode mode) {
        int places = (int) Math.max(0, -Math.floor(Math.log10(step)));
        return BigDecimal.valueOf(x).setScale(places, mode).doubleValue();
    }
}
