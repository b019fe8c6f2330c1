package org.parley.report.chart;

import java.util.ArrayList;
import java.util.List;

/** A linear axis: maps a value range onto a pixel range, and picks round tick values. */
public record Axis(double min, double max, double from, double to) {

    /** The pixel position of {@code v}. */
    public double at(double v) {
        return max == min ? (from + to) / 2 : from + (v - min) * (to - from) / (max - min);
    }

    /** About {@code n} round tick values between min and max (1, 2 or 5 times a power of ten apart). */
    public List<Double> ticks(int n) {
        double span = max - min;
        if (!(span > 0)) {
            return List.of(min);
        }
        double raw = span / Math.max(1, n);
        double pow = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / pow < 1.5 ? pow : raw / pow < 3.5 ? 2 * pow : raw / pow < 7.5 ? 5 * pow : 10 * pow;
        List<Double> out = new ArrayList<>();
        for (double v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) {
            out.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
        }
        return out;
    }


    /** Whole-number ticks from min up to max, at most about {@code n}: 1, 2 or 5 times a power of ten apart. */
    public List<Double> wholeTicks(int n) {
        double span = max - min;
        double step = 1;
        while (span / step > n) {
            double pow = Math.pow(10, Math.floor(Math.log10(step)));
            step = step / pow < 2 ? 2 * pow : step / pow < 5 ? 5 * pow : 10 * pow;
        }
        List<Double> out = new ArrayList<>();
        for (double v = Math.ceil(min / step) * step; v <= max + 1e-9; v += step) {
            out.add(v);
        }
        return out;
    }
}
