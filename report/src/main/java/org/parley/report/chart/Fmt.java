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

    /** A tick label with as many decimals as the step between ticks needs (none when it is whole). */
    public static String tick(double x, double step) {
        if (!(step > 0) || Math.abs(step - Math.rint(step)) < 1e-9 && Math.abs(x - Math.rint(x)) < 1e-9) {
            return tick(x);
        }
        int decimals = Math.max(0, Math.min(6, (int) Math.ceil(-Math.log10(step) - 1e-9)));
        String s = String.format(Locale.ROOT, "%." + decimals + "f", x);
        return s.matches("-0\\.?0*") ? s.substring(1) : s;
    }

    /** A tick label: no decimals when whole. */
    public static String tick(double x) {
        return Math.abs(x - Math.rint(x)) < 1e-9 ? Long.toString(Math.round(x)) : one(x);
    }
}
