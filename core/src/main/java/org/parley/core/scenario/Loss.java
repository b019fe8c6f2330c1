package org.parley.core.scenario;

/** How an actor's utility falls with the distance between an outcome and its position. */
public enum Loss {
    /** {@code u = 100 - 100 * sum_d s_d |p_d - x_d| / (R_d sum_d s_d)}: the DESIGN and KTAB-style default. */
    LINEAR,
    /** {@code u = 100 - 100 * sum_d s_d ((p_d - x_d) / R_d)^2 / sum_d s_d}: risk-averse, smooth at the ideal point. */
    QUADRATIC;

    /** The lower-case word used in files. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return word();
    }
}
