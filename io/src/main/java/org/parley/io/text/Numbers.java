package org.parley.io.text;

import java.math.BigDecimal;

/** Reads and writes numbers in files: '.' decimal separator, surrounding spaces allowed, NaN and Infinity refused. */
public final class Numbers {

    private Numbers() {
    }

    /** The number in {@code s}, or {@code null} when it is not a plain finite decimal number. */
    public static BigDecimal parse(String s) {
        String t = s.trim();
        if (t.isEmpty() || !t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(t);
            return Double.isFinite(v.doubleValue()) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The shortest plain decimal that reads back as {@code x}: 12 rather than 12.0, 0.0001 rather than 1.0E-4. */
    public static String format(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
