package org.parley.core.scenario;

import java.util.List;
import java.util.Locale;

/**
 * A judgement's uncertainty, as written in a scenario's {@code uncertainty} section or on the command line: uniform
 * on {@code [low, high]}, triangular with {@code mode}, normal with {@code mean} and {@code sd} truncated to
 * {@code [low, high]}, or discrete {@code values} with {@code weights} (equal when absent). Fields a shape does not
 * use are null. The record checks nothing; {@link ScenarioValidator} does, against the input's valid range.
 */
public record Distribution(Shape shape, Double low, Double high, Double mode, Double mean, Double sd,
                           List<Double> values, List<Double> weights) {

    public Distribution {
        values = values == null ? List.of() : List.copyOf(values);
        weights = weights == null ? List.of() : List.copyOf(weights);
    }

    /** The shapes a distribution can take. */
    public enum Shape {
        /** Every value of {@code [low, high]} equally likely. */
        UNIFORM,
        /** Density rising linearly from {@code low} to {@code mode}, falling to {@code high}. */
        TRIANGULAR,
        /** A normal distribution ({@code mean}, {@code sd}) truncated to {@code [low, high]}. */
        NORMAL,
        /** One of {@code values}, with probabilities proportional to {@code weights}. */
        DISCRETE;

        /** The lower-case word used in files. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The shape named by {@code word} (case-insensitive), or null. */
        public static Shape ofWord(String word) {
            for (Shape s : values()) {
                if (s.word().equalsIgnoreCase(word.trim())) {
                    return s;
                }
            }
            return null;
        }

        @Override
        public String toString() {
            return word();
        }
    }

    /** Uniform on {@code [low, high]}; {@code low == high} is a point. */
    public static Distribution uniform(double low, double high) {
        return new Distribution(Shape.UNIFORM, low, high, null, null, null, null, null);
    }

    /** Triangular on {@code [low, high]} with its peak at {@code mode}. */
    public static Distribution triangular(double low, double mode, double high) {
        return new Distribution(Shape.TRIANGULAR, low, high, mode, null, null, null, null);
    }

    /** Normal with {@code mean} and {@code sd}, truncated to {@code [low, high]}. */
    public static Distribution normal(double mean, double sd, double low, double high) {
        return new Distribution(Shape.NORMAL, low, high, null, mean, sd, null, null);
    }

    /** One of {@code values}, with probabilities proportional to {@code weights} (equal when empty). */
    public static Distribution discrete(List<Double> values, List<Double> weights) {
        return new Distribution(Shape.DISCRETE, null, null, null, null, null, values, weights);
    }

    /** A single value: every draw gives {@code x}. */
    public static Distribution point(double x) {
        return uniform(x, x);
    }

    /** The smallest value the distribution can give (NaN when it is malformed). */
    public double lowest() {
        if (shape == Shape.DISCRETE) {
            return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        }
        return low == null ? Double.NaN : low;
    }

    /** The largest value the distribution can give (NaN when it is malformed). */
    public double highest() {
        if (shape == Shape.DISCRETE) {
            return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        }
        return high == null ? Double.NaN : high;
    }

    /** The distribution in the words of the command line: {@code triangular(60, 75, 90)}. */
    public String describe() {
        return switch (shape) {
            case UNIFORM -> "uniform(" + n(low) + ", " + n(high) + ")";
            case TRIANGULAR -> "triangular(" + n(low) + ", " + n(mode) + ", " + n(high) + ")";
            case NORMAL -> "normal(" + n(mean) + ", " + n(sd) + ", " + n(low) + ", " + n(high) + ")";
            case DISCRETE -> {
                StringBuilder b = new StringBuilder("discrete(");
                for (int k = 0; k < values.size(); k++) {
                    b.append(k == 0 ? "" : ", ").append(n(values.get(k)));
                    if (!weights.isEmpty() && k < weights.size()) {
                        b.append(':').append(n(weights.get(k)));
                    }
                }
                yield b.append(')').toString();
            }
        };
    }

    private static String n(Double x) {
        return x == null ? "?" : ScenarioValidator.num(x);
    }
}
