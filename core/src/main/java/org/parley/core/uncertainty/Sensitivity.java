package org.parley.core.uncertainty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How each conclusion moves with each judgement: a one-at-a-time tornado for every forecast and package margin, the
 * break-even values at which package verdicts flip, and global measures from a Monte Carlo sample (Spearman rank
 * correlations, first-order and total Sobol indices with bootstrap intervals).
 */
public record Sensitivity(String model, Map<String, String> params, List<String> outputs, Map<String, Double> central,
                          List<Tornado> tornado, List<BreakEven> breakEvens, List<Global> global, int draws,
                          long seed, List<String> notes) {

    public Sensitivity {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        outputs = List.copyOf(outputs);
        central = Collections.unmodifiableMap(new LinkedHashMap<>(central));
        tornado = List.copyOf(tornado);
        breakEvens = List.copyOf(breakEvens);
        global = List.copyOf(global);
        notes = List.copyOf(notes);
    }

    /** One output's tornado: its central value and the bars, widest swing first (inputs that move it at all). */
    public record Tornado(String output, double central, List<Bar> bars) {

        public Tornado {
            bars = List.copyOf(bars);
        }
    }

    /**
     * One input's bar: the output with the input at its low and at its high value (others central), and the swing
     * {@code |atHigh - atLow|}.
     */
    public record Bar(String input, double low, double high, double atLow, double atHigh, double swing) {
    }

    /**
     * The value of a judgement at which a package's verdict (accepted by every veto party, or not) flips: the
     * nearest flip below and above the central value within the input's valid range (null when none), the verdict
     * at the central value, the veto party whose acceptance decides it, and how it was found ({@code exact}: closed
     * form of the spatial utility or of the no-deal model; {@code root finding}: Brent's method on the margin).
     */
    public record BreakEven(String packageId, String input, double central, Double below, Double above,
                            boolean centralAccepted, String party, String method) {

        /** The flip nearest to the central value (below or above), or null. */
        public Double nearest() {
            return nearest(central, below, above);
        }

        /** Of the flips {@code below} and {@code above} a central value (either may be null), the nearer, or null. */
        static Double nearest(double central, Double below, Double above) {
            if (below == null) {
                return above;
            }
            if (above == null) {
                return below;
            }
            return central - below <= above - central ? below : above;
        }
    }

    /** One output's global measures: every input's rank correlation, and Sobol indices for the leading inputs. */
    public record Global(String output, Map<String, Double> rankCorrelations, List<SobolIndex> sobol) {

        public Global {
            rankCorrelations = Collections.unmodifiableMap(new LinkedHashMap<>(rankCorrelations));
            sobol = List.copyOf(sobol);
        }
    }

    /**
     * One input's Sobol indices on one output: first order (Saltelli et al. 2010) and total (Jansen 1999), each with
     * its 95 % bootstrap percentile interval.
     */
    public record SobolIndex(String input, double first, double firstLow, double firstHigh, double total,
                             double totalLow, double totalHigh) {
    }
}
