package org.parley.core.uncertainty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a Monte Carlo sweep: what varied, the distribution of each issue's forecast, each package's chance
 * of acceptance by each veto party and by all of them, the chance that the zone of agreement is non-empty, with the
 * central (deterministic) values beside them, and optionally every draw.
 */
public record Sweep(String model, int draws, long seed, Map<String, String> params, List<SweptInput> inputs,
                    List<IssueSpread> forecasts, List<PackageChance> packages, ZoneChance zone, List<String> notes,
                    DrawTable table) {

    public Sweep {
        params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
        inputs = List.copyOf(inputs);
        forecasts = List.copyOf(forecasts);
        packages = List.copyOf(packages);
        notes = List.copyOf(notes);
    }

    /** The same result without the table of draws (what the run store keeps). */
    public Sweep withoutTable() {
        return new Sweep(model, draws, seed, params, inputs, forecasts, packages, zone, notes, null);
    }

    /** One varied input: its path, its distribution in words, its central value and the range its draws span. */
    public record SweptInput(String path, String distribution, double central, double low, double high,
                             boolean listed) {
    }

    /**
     * One issue's forecast over the draws: the central (deterministic) forecast, mean, median, standard deviation,
     * the central 80 % and 95 % intervals (quantiles 10-90 and 2.5-97.5) and a histogram over the issue's scale.
     */
    public record IssueSpread(String issue, double central, double mean, double median, double sd, Interval p80,
                              Interval p95, Histogram histogram) {
    }

    /** A closed interval. */
    public record Interval(double low, double high) {

        /** Its width. */
        public double width() {
            return high - low;
        }
    }

    /** Counts of draws in equal bins from {@code min} to {@code max} (the last bin includes max). */
    public record Histogram(double min, double max, List<Integer> counts) {

        public Histogram {
            counts = List.copyOf(counts);
        }
    }

    /**
     * One package: the probability that each veto party accepts it (utility >= its value of no deal), that all of
     * them do, and the central margins and verdict.
     */
    public record PackageChance(String id, String name, Map<String, Double> accepts, double allAccept,
                                Map<String, Double> centralMargins, boolean centralAccepted) {

        public PackageChance {
            accepts = Collections.unmodifiableMap(new LinkedHashMap<>(accepts));
            centralMargins = Collections.unmodifiableMap(new LinkedHashMap<>(centralMargins));
        }
    }

    /**
     * The zone of agreement among the veto parties: whether it is non-empty at the central values (with the max-min
     * slack there) and the probability that it is non-empty over the draws.
     */
    public record ZoneChance(boolean centralNonEmpty, double centralSlack, double nonEmpty) {
    }

    /** Every draw: the varied inputs' values, then every output, one row per draw. */
    public record DrawTable(List<String> columns, List<double[]> rows) {

        public DrawTable {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }
}
