package org.parley.report.chart;

import java.util.Locale;

/** Numbers as text, the same on every machine: fixed decimals, a dot, no grouping. */
public final class Fmt {

    private Fmt() {
    }

    /** Two decimals at most, trailing zeros dropped (coordinates). */
    public static String px(double x) {
        String s = String.format(Locale.ROOT, "%.2f", x);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
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
