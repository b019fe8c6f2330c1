package org.parley.core.uncertainty;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.parley.core.scenario.Distribution;

/**
 * A distribution compiled to its quantile function {@code x = F^-1(u)}, so that one uniform number gives one draw
 * (inverse-transform sampling) and rank correlations can be imposed on the draws afterwards. Uniform and triangular
 * in closed form; the truncated normal through the standard normal's CDF and its inverse,
 * {@code x = mu + sigma Phi^-1(Phi(a) + u (Phi(b) - Phi(a)))}; discrete by its cumulative weights. Immutable.
 */
public final class Marginal {

    private static final NormalDistribution STANDARD = new NormalDistribution(0, 1);

    private final Distribution.Shape shape;
    private final double low;
    private final double high;
    private final double mode;
    private final double mean;
    private final double sd;
    private final double pa;
    private final double pb;
    private final double[] values;
    private final double[] cumulative;

    private Marginal(Distribution d, double validMin, double validMax) {
        this.shape = d.shape();
        this.mode = d.mode() == null ? Double.NaN : d.mode();
        this.mean = d.mean() == null ? Double.NaN : d.mean();
        this.sd = d.sd() == null ? Double.NaN : d.sd();
        if (shape == Distribution.Shape.DISCRETE) {
            int n = d.values().size();
            values = new double[n];
            cumulative = new double[n];
            double total = 0;
            for (int k = 0; k < n; k++) {
                values[k] = d.values().get(k);
                total += d.weights().isEmpty() ? 1 : d.weights().get(k);
                cumulative[k] = total;
            }
            for (int k = 0; k < n; k++) {
                cumulative[k] /= total;
            }
            low = d.lowest();
            high = d.highest();
        } else {
            values = null;
            cumulative = null;
            low = d.low() != null ? d.low() : validMin;
            high = d.high() != null ? d.high() : validMax;
        }
        if (shape == Distribution.Shape.NORMAL) {
            pa = STANDARD.cumulativeProbability((low - mean) / sd);
            pb = STANDARD.cumulativeProbability((high - mean) / sd);
        } else {
            pa = 0;
            pb = 1;
        }
    }

    /** The quantile function of a checked distribution; a normal without bounds is cut to {@code [min, max]}. */
    public static Marginal of(Distribution d, double validMin, double validMax) {
        return new Marginal(d, validMin, validMax);
    }

    /** The smallest value a draw can take. */
    public double low() {
        return low;
    }

    /** The largest value a draw can take. */
    public double high() {
        return high;
    }

    /** {@code F^-1(u)} for {@code u} in [0, 1). */
    public double quantile(double u) {
        switch (shape) {
            case UNIFORM:
                return low + u * (high - low);
            case TRIANGULAR: {
                double width = high - low;
                if (width == 0) {
                    return low;
                }
                double split = (mode - low) / width;
                return u < split ? low + Math.sqrt(u * width * (mode - low))
                        : high - Math.sqrt((1 - u) * width * (high - mode));
            }
            case NORMAL: {
                double p = pa + u * (pb - pa);
                double x = mean + sd * STANDARD.inverseCumulativeProbability(Math.min(Math.max(p, 0), 1));
                return Math.min(Math.max(x, low), high);
            }
            case DISCRETE: {
                for (int k = 0; k < values.length; k++) {
                    if (u < cumulative[k]) {
                        return values[k];
                    }
                }
                return values[values.length - 1];
            }
            default:
                throw new IllegalStateException("shape " + shape);
        }
    }
}
