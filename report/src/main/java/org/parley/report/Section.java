package org.parley.report;

/**
 * One part of a report, for one analysis. A section says whether its analysis is in the result and, if so, writes
 * its HTML (tables and charts). A new analysis adds a class and registers it in {@link Report#SECTIONS}.
 */
interface Section {

    /** The anchor id of the section. */
    String id();

    /** The heading of the section. */
    String title();

    /** Whether the result holds what this section shows. */
    boolean applies(ReportInput in);

    /** Writes the section's body. */
    void render(ReportInput in, Html out);
}
