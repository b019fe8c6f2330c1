/**
 * Phased agreements: whether a schedule of reciprocal steps toward a package stays self-enforcing at every stage
 * (Telser 1980; Lockwood and Thomas 2002), the design of such schedules, and Powell's (2006) power-shift check.
 */
package org.parley.core.phasing;
