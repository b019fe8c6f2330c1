package org.parley.report;

/**
 * One part of a report, for one analysis. A section says whether its analysis is in the result and, if so, writes
 * its HTML (tables and charts). A new analysis adds a class and registers it with its report ({@link Report#SECTIONS}
 * for the analysis of a scenario; the backtest and negotiation reports list theirs).
 *
 * @param <T> what the report renders: a {@link ReportInput}, a {@link BacktestInput}, a {@link NegotiationInput}
 */
interface Section<T> {

    /** The anchor id of the section. */
    String id();

    /** The heading of the section. */
    String title();

    /** Whether the result holds what this section shows. */
    boolean applies(T in);

    /** Writes the section's body. */
    void render(T in, Html out);

    /** Whether the section is the answer, in a box before the contents. */
    default boolean answer() {
        return false;
    }
}
