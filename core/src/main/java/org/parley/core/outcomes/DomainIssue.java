package org.parley.core.outcomes;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * One issue of a domain and its value set: discrete labels, an integer range, a number set
 * ({@code low, low+step, ... <= high}), or a real interval (continuous; enumerable only after discretisation).
 * Values are addressed by their index in file order; {@link #label(int)} and {@link #number(int)} read them.
 */
public record DomainIssue(String name, Kind kind, List<String> labels, double[] numbers, double lower,
                          double upper) {

    /** Most values an integer range or number set may have (a bigger one is refused, not materialised). */
    public static final int MAX_VALUES = 1_000_000;

    /** The kinds of value set. */
    public enum Kind {
        /** An ordered list of labels. */
        DISCRETE,
        /** Whole numbers {@code lower..upper}. */
        INTEGER,
        /** A finite set of decimals (GeniusWeb number set, or a grid over a scale). */
        NUMBER,
        /** The interval {@code [lower, upper]}; not enumerable. */
        REAL
    }

    public DomainIssue {
        labels = List.copyOf(labels);
        numbers = numbers == null ? null : numbers.clone();
    }

    /** A discrete issue with the given labels, in order. */
    public static DomainIssue discrete(String name, List<String> labels) {
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("issue '" + name + "' has no values");
        }
        if (labels.stream().distinct().count() != labels.size()) {
            throw new IllegalArgumentException("issue '" + name + "' has duplicate values");
        }
        return new DomainIssue(name, Kind.DISCRETE, labels, null, Double.NaN, Double.NaN);
    }

    /** The integers {@code lower..upper}. */
    public static DomainIssue integer(String name, long lower, long upper) {
        if (upper < lower) {
            throw new IllegalArgumentException("issue '" + name + "': upper bound " + upper + " below lower bound "
                    + lower);
        }
        BigInteger count = BigInteger.valueOf(upper).subtract(BigInteger.valueOf(lower)).add(BigInteger.ONE);
        if (count.compareTo(BigInteger.valueOf(MAX_VALUES)) > 0) {
            throw new IllegalArgumentException("issue '" + name + "' has " + count + " values, more than "
                    + MAX_VALUES);
        }
        int n = (int) (upper - lower + 1);
        List<String> labels = new ArrayList<>(n);
        double[] numbers = new double[n];
        for (int v = 0; v < n; v++) {
            labels.add(Long.toString(lower + v));
            numbers[v] = lower + v;
        }
        return new DomainIssue(name, Kind.INTEGER, labels, numbers, lower, upper);
    }

    /** A number set given by its values (exact decimals, kept as written). */
    public static DomainIssue numbers(String name, List<BigDecimal> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("issue '" + name + "' has no values");
        }
        List<String> labels = new ArrayList<>(values.size());
        double[] numbers = new double[values.size()];
        for (int v = 0; v < numbers.length; v++) {
            labels.add(values.get(v).stripTrailingZeros().toPlainString());
            numbers[v] = values.get(v).doubleValue();
        }
        double lo = values.stream().mapToDouble(BigDecimal::doubleValue).min().orElseThrow();
        double hi = values.stream().mapToDouble(BigDecimal::doubleValue).max().orElseThrow();
        return new DomainIssue(name, Kind.NUMBER, labels, numbers, lo, hi);
    }

    /** The number set {@code low, low+step, ...} up to and including {@code high} when reachable (exact). */
    public static DomainIssue range(String name, BigDecimal low, BigDecimal high, BigDecimal step) {
        if (step.signum() <= 0) {
            throw new IllegalArgumentException("issue '" + name + "': step " + step + " must be positive");
        }
        if (high.compareTo(low) < 0) {
            throw new IllegalArgumentException("issue '" + name + "': high " + high + " below low " + low);
        }
        if (rangeSize(low, high, step, BigInteger.valueOf(MAX_VALUES)).compareTo(BigInteger.valueOf(MAX_VALUES)) > 0) {
            throw new IllegalArgumentException("issue '" + name + "' has more than " + MAX_VALUES + " values");
        }
        List<BigDecimal> values = new ArrayList<>();
        for (BigDecimal v = low; v.compareTo(high) <= 0; v = v.add(step)) {
            values.add(v);
        }
        return numbers(name, values);
    }

    /**
     * The number of values {@code low, low+step, ... <= high} ({@code step > 0, high >= low}), or {@code cap + 1}
     * when there are more than {@code cap}: found without dividing by a step that may be 1e-999999999.
     */
    public static BigInteger rangeSize(BigDecimal low, BigDecimal high, BigDecimal step, BigInteger cap) {
        BigDecimal span = high.subtract(low);
        if (span.compareTo(step.multiply(new BigDecimal(cap))) >= 0) {
            return cap.add(BigInteger.ONE);
        }
        return span.divideToIntegralValue(step).toBigIntegerExact().add(BigInteger.ONE);
    }

    /** {@code points} equally spaced values from {@code lower} to {@code upper}, both included. */
    public static DomainIssue grid(String name, double lower, double upper, int points) {
        if (points < 2 || points > MAX_VALUES) {
            throw new IllegalArgumentException("grid of " + points + " points: expected 2 to " + MAX_VALUES);
        }
        List<String> labels = new ArrayList<>(points);
        double[] numbers = new double[points];
        for (int v = 0; v < points; v++) {
            numbers[v] = v == points - 1 ? upper : lower + (upper - lower) * v / (points - 1);
            labels.add(format(numbers[v]));
        }
        return new DomainIssue(name, Kind.NUMBER, labels, numbers, lower, upper);
    }

    /** The interval {@code [lower, upper]}: continuous, not enumerable. */
    public static DomainIssue real(String name, double lower, double upper) {
        if (!(upper >= lower)) {
            throw new IllegalArgumentException("issue '" + name + "': upper bound " + upper + " below lower bound "
                    + lower);
        }
        return new DomainIssue(name, Kind.REAL, List.of(), null, lower, upper);
    }

    /** Whether values are numbers (INTEGER, NUMBER, REAL). */
    public boolean numeric() {
        return kind != Kind.DISCRETE;
    }

    /** The number of values; a real interval has none to count and throws. */
    public int size() {
        if (kind == Kind.REAL) {
            throw new IllegalStateException("real issue '" + name + "' is continuous; discretise it first");
        }
        return labels.size();
    }

    /** The label of value {@code v}. */
    public String label(int v) {
        return labels.get(v);
    }

    /** The number of value {@code v} (NaN for a discrete issue). */
    public double number(int v) {
        return numbers == null ? Double.NaN : numbers[v];
    }

    /** The index of the value written as {@code text} (a label, or a number equal to one), or -1. */
    public int indexOf(String text) {
        int k = labels.indexOf(text);
        if (k >= 0 || kind == Kind.DISCRETE) {
            return k;
        }
        try {
            return indexOfNumber(new BigDecimal(text.trim()).doubleValue());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The index of the value equal to {@code x} (within 1e-9 of the issue's span), or -1. */
    public int indexOfNumber(double x) {
        if (numbers == null) {
            return -1;
        }
        double tol = 1e-9 * Math.max(1, Math.abs(upper - lower));
        for (int v = 0; v < numbers.length; v++) {
            if (Math.abs(numbers[v] - x) <= tol) {
                return v;
            }
        }
        return -1;
    }

    /** A number as a short label: no trailing zeros, at most 6 decimals. */
    public static String format(double x) {
        BigDecimal b = BigDecimal.valueOf(x).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }
}
