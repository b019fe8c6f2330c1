package org.parley.core.deals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.exec.BatchRunner;
import org.parley.core.preferences.HyperRectangleProfile;

/**
 * The deal-space analysis of a bargaining problem: size first (refusing spaces brute force cannot take), then the
 * Pareto frontier (per-issue merge for additive profiles), its rational part, the five solutions with
 * {@code d = rv} (or 0), and the zone of agreement counted by enumeration on {@code threads} threads. Whether a
 * party accepts an outcome ({@code u >= rv}) is decided by {@link Acceptance}: exactly at the boundary for Parley
 * scenarios.
 */
public final class DealAnalysis {

    private DealAnalysis() {
    }

    /** Analyses {@code deals} with the given options. */
    public static DealReport run(DealSpace deals, DealOptions o) {
        BigInteger size = deals.space().size();
        List<String> notes = new ArrayList<>();
        ParetoFrontier f = Frontiers.compute(deals.space(), deals.profiles(), o.frontier());
        if (f.outcomes() == Long.MAX_VALUE) {
            notes.add("the outcomes on the frontier number more than " + Long.MAX_VALUE + " (what a 64-bit count "
                    + "holds): the counts of the points and totals that reach " + Long.MAX_VALUE + " mean at least that "
                    + "many");
        }
        double[] rv = deals.reservationValues();
        double[] d = o.zeroDisagreement() ? new double[rv.length] : rv;
        ParetoFrontier rational = Acceptance.of(deals.profiles()).rational(f);
        // with d = rv the feasible set u >= d is the rational frontier, decided exactly
        ParetoFrontier feasible = o.zeroDisagreement() ? f : rational;
        Map<String, Solution> solutions = new LinkedHashMap<>();
        double[] ones = new double[d.length];
        java.util.Arrays.fill(ones, 1);
        Solutions.nash(feasible, d, ones).ifPresent(s -> solutions.put("nash", s));
        Solutions.kalaiSmorodinsky(feasible, d).ifPresent(s -> solutions.put("kalai_smorodinsky", s));
        Solutions.egalitarian(feasible, d).ifPresent(s -> solutions.put("egalitarian", s));
        Solutions.utilitarian(feasible, d, ones).ifPresent(s -> solutions.put("utilitarian", s));
        Solutions.minDifference(f).ifPresent(s -> solutions.put("min_difference", s));
        if (solutions.size() < 5) {
            notes.add("no frontier point gives every party at least its disagreement value, so Nash, "
                    + "Kalai-Smorodinsky, egalitarian and utilitarian are undefined");
        }
        Zopa zopa = null;
        BigInteger limit = BigInteger.valueOf(o.frontier().maxOutcomes());
        ValueClasses classes = size.compareTo(limit) > 0
                && deals.profiles().stream().allMatch(p -> p instanceof HyperRectangleProfile) ? classes(deals) : null;
        if (size.compareTo(limit) <= 0) {
            try (BatchRunner runner = BatchRunner.parallel(o.threads())) {
                zopa = Zopa.compute(deals.space(), deals.profiles(), o.frontier().maxOutcomes(), runner);
            }
        } else if (classes != null && classes.compressed().size().compareTo(limit) <= 0) {
            try (BatchRunner runner = BatchRunner.parallel(o.threads())) {
                zopa = Zopa.compute(classes, o.frontier().maxOutcomes(), runner, size.longValueExact());
            }
        } else {
            notes.add("zone of agreement not counted: " + size + " outcomes exceed the enumeration limit of "
                    + o.frontier().maxOutcomes() + " (--max-outcomes); its frontier has " + rational.size()
                    + " points");
        }
        return new DealReport(size, deals.parties(), deals.scale(), d, rv, f, rational, solutions, zopa, notes);
    }

    private static ValueClasses classes(DealSpace deals) {
        List<HyperRectangleProfile> hs = new ArrayList<>();
        deals.profiles().forEach(p -> hs.add((HyperRectangleProfile) p));
        return ValueClasses.of(deals.space(), hs);
    }
}
