/** A small deterministic chart library: each chart draws on a {@link org.parley.report.chart.Canvas}, as SVG or PNG. */
package org.parley.report.chart;
