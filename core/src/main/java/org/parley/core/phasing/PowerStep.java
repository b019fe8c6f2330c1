package org.parley.core.phasing;

/**
 * One step of a power path in Powell's (2006) check: the declining side's win probability falls from {@code pFrom}
 * to {@code pTo} between two years; {@code slack} is {@code (1 - delta)(1 - p_t + c) - delta (p_t - p_t+1)} (negative:
 * fighting now beats the best peace the rising side can credibly offer), and {@code largestSafeDrop} the largest
 * fall of p over the step that keeps the peace, {@code (1 - delta)(1 - p_t + c) / delta}.
 */
public record PowerStep(double fromYear, double toYear, double pFrom, double pTo, double discount, double slack,
                        double largestSafeDrop) {

    /** Whether the step makes war rational for the declining side. */
    public boolean warRisk() {
        return slack < -SelfEnforcement.TOLERANCE;
    }
}
