package org.parley.report.chart;

/** A marked point of a chart: its label (null or empty: none), position in data units, shape and colours. */
public record PointMark(String label, double x, double y, Marker marker, String fill, String stroke) {
}
