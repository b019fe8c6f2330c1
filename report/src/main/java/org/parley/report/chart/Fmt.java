package org.parley.report.chart;

import java.util.Locale;

/** Numbers as text, the same on every machine: fixed decimals, a dot, no grouping. */
public final class Fmt {

    private Fmt() {
    }

    /** Two decimals at most, trailing zeros dropped (coordinates). */
    public static String px(double x) {
        long v = Math.round(x * 100);
        if (v == 0 || !Double.isFinite(x)) {
            return Double.isFinite(x) ? "0" : String.valueOf(x);
        }
        StringBuilder b = new StringBuilder(12);
        if (v < 0) {
            b.append('-');
            v = -v;
        }
        b.append(v / 100);
        long cents = v % 100;
        if (cents != 0) {
            b.append('.').append(cents / 10);
            if (cents % 10 != 0) {
                b.append(cents % 10);
            }
        }
        return b.toString();
    }

    /** One decimal (values shown to people). */
    public static String one(double x) {
        String s = String.format(Locale.ROOT, "%.1f", x);
        return s.equals("-0.0") ? "0.0" : s;
    }

    /** A signed value with one decimal. */
    public static String signed(double x) {
        String s = String.format(Locale.ROOT, "%+.1f", x);
        return s.equals("-0.0") || s.equals("+0.0") ? "0.0" : s;
    }

    /** A tick label: no decimals when whole. */
    public static String tick(double x) {
        return Math.abs(x - Math.rint(x)) < 1e-9 ? Long.toString(Math.round(x)) : one(x);
    }
}
