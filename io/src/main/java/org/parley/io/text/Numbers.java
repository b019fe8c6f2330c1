package org.parley.io.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.parley.io.InputError;

/**
 * Reads and writes numbers in files, with one rule for every format: '.' decimal separator, surrounding spaces
 * allowed, at most {@value #MAX_LENGTH} characters, and a value a double can hold (NaN, infinities, {@code 1e400}
 * and nonzero numbers too close to 0 for a double, such as {@code 1e-400}, are refused). Messages quote what was
 * written, shortened, never the number spelled out: {@code -1e-300000000} must not become a million zeros.
 */
public final class Numbers {

    /** The most characters a number may be written with (as in JSON and YAML documents). */
    public static final int MAX_LENGTH = 100;

    /** Text longer than this is shortened when a message quotes it. */
    private static final int QUOTE_LENGTH = 40;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");

    private Numbers() {
    }

    /** A number read from text: its value, or (value null) why the text is not a usable number. */
    public record Reading(BigDecimal value, String problem) {

        /** Whether a value was read. */
        public boolean ok() {
            return value != null;
        }
    }

    /**
     * The number in {@code text}, or the problem with it in words ending in what was expected, quoting the text
     * shortened ("'1e400'; expected a finite number (beyond the range of a double, about 1.8e308)").
     */
    public static Reading read(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return new Reading(null, "missing; expected a finite number");
        }
        if (t.length() > MAX_LENGTH) {
            return new Reading(null, quote(t) + " (" + t.length() + " characters); expected a number written "
                    + "with at most " + MAX_LENGTH + " characters");
        }
        if (!DECIMAL.matcher(t).matches()) {
            return new Reading(null, quote(t) + "; expected a finite number");
        }
        BigDecimal v;
        try {
            v = new BigDecimal(t);
        } catch (NumberFormatException e) {
            // an exponent beyond an int: 1e-3000000000 or 1e3000000000
            return new Reading(null, quote(t) + "; expected a finite number (its exponent is beyond the range of a "
                    + "double)");
        }
        double d = v.doubleValue();
        if (Double.isInfinite(d)) {
            return new Reading(null, quote(t) + "; expected a finite number (it is beyond the range of a double, "
                    + "about 1.8e308)");
        }
        if (d == 0 && v.signum() != 0) {
            return new Reading(null, quote(t) + "; expected a finite number (it is too close to 0 for a double, "
                    + "below about 4.9e-324; write 0 or a larger number)");
        }
        return new Reading(v, null);
    }

    /** The number in {@code s}, or {@code null} when it is not a plain finite decimal number (see {@link #read}). */
    public static BigDecimal parse(String s) {
        return read(s).value();
    }

    /**
     * Field {@code k} of a delimited record as a number, or null with a located error at the column's name
     * ({@code column}; blank: "column k+1"). The one reader of numbers in BDM, KTAB CSV and decide files.
     */
    public static BigDecimal field(String file, CsvRecord r, int k, String column, List<InputError> errors) {
        Reading n = read(r.field(k));
        if (!n.ok()) {
            errors.add(new InputError(file, r.line(), column == null || column.isBlank() ? "column " + (k + 1)
                    : column, n.problem()));
        }
        return n.value();
    }

    /**
     * Field {@code k} of a delimited record on the 0..100 scale of positions, saliences and outcomes: null when
     * blank, else a number from 0 to 100, or null with a located error at the column's name ("'abc' (field 4);
     * expected a number 0 to 100, or blank"). The one reader of such cells in DEU and outcome CSV files.
     */
    public static BigDecimal scaleField(String file, CsvRecord r, int k, String column, List<InputError> errors) {
        String raw = r.field(k);
        if (raw.trim().isEmpty()) {
            return null;
        }
        BigDecimal v = read(raw).value();
        if (v == null || v.signum() < 0 || v.compareTo(HUNDRED) > 0) {
            errors.add(new InputError(file, r.line(), column, quote(raw) + " (field " + (k + 1) + "); expected a "
                    + "number 0 to 100, or blank"));
            return null;
        }
        return v;
    }

    /** Text as a message quotes it: trimmed, in single quotes, shortened to {@value #QUOTE_LENGTH} characters. */
    public static String quote(String text) {
        String t = text == null ? "" : text.strip();
        return "'" + (t.length() > QUOTE_LENGTH ? t.substring(0, QUOTE_LENGTH) + "..." : t) + "'";
    }

    /**
     * The shortest decimal that reads back as {@code x}: 12 rather than 12.0, 0.0001 rather than 1.0E-4; plain,
     * unless that takes more than {@value #PLAIN_LENGTH} characters (1E-200, not 200 zeros), so that whatever Parley
     * writes its readers read back. Refuses NaN and infinities, which no file format Parley writes can hold.
     */
    public static String format(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("cannot write " + x + " as a number: not finite");
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        BigDecimal b = BigDecimal.valueOf(x).stripTrailingZeros();
        String plain = b.toPlainString();
        return plain.length() <= PLAIN_LENGTH ? plain : b.toString();
    }

    /** A salience on 0..100 as a file on 0..1 holds it, exactly (35 becomes 0.35), written as {@link #format} does. */
    public static String unitSalience(double salience) {
        BigDecimal b = new BigDecimal(format(salience)).movePointLeft(2).stripTrailingZeros();
        String plain = b.toPlainString();
        return plain.length() <= PLAIN_LENGTH ? plain : b.toString();
    }

    /** The longest number {@link #format} writes in plain notation. */
    static final int PLAIN_LENGTH = 30;
}
