package org.parley.core.scenario;

/** The closed interval {@code [min, max]} on which the positions of one issue are measured. */
public record Scale(double min, double max, String unit) {

    /** A 0..100 scale without a unit: the scale of KTAB files and of most Parley scenarios. */
    public static final Scale PERCENT = new Scale(0, 100, null);

    /** The width {@code max - min}; positive on a valid scale. */
    public double range() {
        return max - min;
    }

    /** Whether {@code x} lies on the scale (ends included). */
    public boolean contains(double x) {
        return x >= min && x <= max;
    }

    /** {@code x} mapped to 0..100, the scale on which every model does its arithmetic. */
    public double toPercent(double x) {
        return (x - min) * 100.0 / range();
    }

    /** The inverse of {@link #toPercent(double)}. */
    public double fromPercent(double p) {
        return min + p * range() / 100.0;
    }
}
