package org.parley.report;

import java.util.Map;
import java.util.function.Function;
import org.parley.core.analysis.Analysis;
import org.parley.core.deals.ContinuousSolution;
import org.parley.core.deals.DealSpaceResult;
import org.parley.core.deals.SolutionPoint;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scenario;
import org.parley.report.chart.Marker;
import org.parley.report.chart.Palette;

/**
 * How the report marks the same thing in every chart: a package by its colour (scenario order), the status quo as
 * a grey bar, each bargaining solution by a black shape; and where the Nash point comes from.
 */
final class Marks {

    private Marks() {
    }

    /** The colour of the k-th package of the scenario. */
    static String pkg(int k) {
        return Palette.pkg(k);
    }

    /** The shape of a bargaining solution. */
    static Marker solution(String name) {
        return switch (name) {
            case "nash" -> Marker.SQUARE;
            case "kalai_smorodinsky" -> Marker.DIAMOND;
            case "egalitarian" -> Marker.TRIANGLE;
            case "utilitarian" -> Marker.TRIANGLE_DOWN;
            default -> Marker.SQUARE;
        };
    }

    /** A solution's name as a reader knows it. */
    static String solutionName(String name) {
        return switch (name) {
            case "nash" -> "Nash";
            case "kalai_smorodinsky" -> "Kalai-Smorodinsky";
            case "min_difference" -> "min difference";
            default -> name.replace('_', ' ');
        };
    }

    /** The Nash point's terms: over the continuous issue space when solved there, else on the grid; null if none. */
    static Map<String, Double> nashTerms(Analysis a) {
        DealSpaceResult<Double> d = a.deals();
        if (d == null) {
            return null;
        }
        ContinuousSolution c = d.continuous() == null ? null : d.continuous().get("nash");
        if (c != null) {
            return c.outcome();
        }
        SolutionPoint<Double> g = d.solutions().get("nash");
        return g == null ? null : g.outcome();
    }

    /** The Nash point's utilities for the veto parties (continuous when solved there, else on the grid). */
    static Map<String, Double> nashUtilities(Analysis a) {
        DealSpaceResult<Double> d = a.deals();
        ContinuousSolution c = d == null || d.continuous() == null ? null : d.continuous().get("nash");
        if (c != null) {
            return c.utilities();
        }
        SolutionPoint<Double> g = d == null ? null : d.solutions().get("nash");
        return g == null ? null : g.utilities();
    }

    /** "continuous" or "grid": where the Nash point of the report was found. */
    static String nashKind(Analysis a) {
        DealSpaceResult<Double> d = a.deals();
        return d != null && d.continuous() != null && d.continuous().containsKey("nash") ? "over the continuous "
                + "issue space" : "on the grid of " + (d == null ? "" : d.params().grid() + " values per issue");
    }

    /** A value per issue (null: none) as a share of each issue's scale, NaN where there is none. */
    static double[] percents(Scenario s, Function<Issue, Double> value) {
        double[] out = new double[s.issues().size()];
        for (int d = 0; d < out.length; d++) {
            Issue i = s.issues().get(d);
            Double x = value.apply(i);
            out[d] = x == null ? Double.NaN : i.scale().toPercent(x);
        }
        return out;
    }
}
