/** Self-contained HTML reports: one section per analysis, charts as inline SVG (and PNG copies). */
package org.parley.report;
