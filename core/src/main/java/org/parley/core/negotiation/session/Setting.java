package org.parley.core.negotiation.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.deals.Acceptance;
import org.parley.core.deals.DealSpace;
import org.parley.core.deals.FrontierPoint;
import org.parley.core.deals.Frontiers;
import org.parley.core.deals.ParetoFrontier;
import org.parley.core.deals.ScenarioGrid;
import org.parley.core.deals.Solution;
import org.parley.core.deals.Solutions;
import org.parley.core.exec.TaskRandom;
import org.parley.core.negotiation.bidspace.UtilityIndex;
import org.parley.core.outcomes.OutcomeSpace;
import org.parley.core.outcomes.TooManyOutcomesException;
import org.parley.core.preferences.Profile;
import org.parley.core.scenario.Scenario;

/**
 * A negotiation setting, prepared once and shared by every session on it (and between threads): the domain, one
 * profile per party (in turn order), each profile's sorted utility index, and the reference the sessions are
 * measured against: the Pareto frontier (per-issue merge for additive profiles; core.deals) with the Nash,
 * Kalai-Smorodinsky and egalitarian points for disagreement point = reservation values, found on its rational part
 * as core.deals.DealAnalysis does. Whether a party accepts an outcome ({@code u >= rv}: the rational frontier, the
 * zone of agreement of a session's metrics) is decided by {@link Acceptance}, exactly at the boundary for Parley
 * scenarios.
 */
public final class Setting {

    private final String name;
    private final OutcomeSpace space;
    private final List<Profile> profiles;
    private final double scale;
    private final UtilityIndex[] indexes;
    private final Acceptance acceptance;
    private final ParetoFrontier frontier;
    private final Map<String, Solution> solutions;
    private final double[][] frontierPoints;
    private final Map<String, double[][]> solutionPoints;
    private final ScenarioFrame scenario;
    private final Reference reference;

    private Setting(String name, DealSpace deals, SettingOptions o, ScenarioFrame scenario) {
        this.name = name;
        this.space = deals.space();
        this.profiles = deals.profiles();
        this.scale = deals.scale();
        this.scenario = scenario;
        this.acceptance = Acceptance.of(profiles);
        int n = profiles.size();
        indexes = new UtilityIndex[n];
        boolean exact = true;
        for (int i = 0; i < n; i++) {
            indexes[i] = UtilityIndex.of(space, profiles.get(i), o.maxBids(), o.samples(),
                    TaskRandom.mix(o.indexSeed(), i));
            exact &= indexes[i].exact();
        }
        List<String> notes = new ArrayList<>();
        if (!exact) {
            notes.add("the space has " + space.size() + " outcomes, more than " + o.maxBids() + ": each party "
                    + "chooses its bids from " + indexes[0].size() + " or so sampled and hill-climbed bids");
        }
        ParetoFrontier f = null;
        if (o.frontier()) {
            try {
                f = Frontiers.compute(space, profiles, o.options());
            } catch (TooManyOutcomesException e) {
                notes.add("no Pareto frontier, so no distances: " + e.getMessage());
            }
        } else {
            notes.add("the Pareto frontier was not computed, so no distances are reported");
        }
        frontier = f;
        solutions = new LinkedHashMap<>();
        solutionPoints = new LinkedHashMap<>();
        double[] rv = deals.reservationValues();
        List<Integer> rationalListed = null;
        if (f != null) {
            ParetoFrontier rational = acceptance.rational(f);
            Solutions.nash(rational, rv).ifPresent(s -> solutions.put("nash", s));
            Solutions.kalaiSmorodinsky(rational, rv).ifPresent(s -> solutions.put("kalai_smorodinsky", s));
            Solutions.egalitarian(rational, rv).ifPresent(s -> solutions.put("egalitarian", s));
            if (solutions.isEmpty()) {
                notes.add("no frontier point gives every party more than its reservation value, so the Nash, "
                        + "Kalai-Smorodinsky and egalitarian points are undefined");
            }
            frontierPoints = points(f.points());
            solutions.forEach((k, s) -> solutionPoints.put(k, points(s.ties())));
            if (frontierPoints.length <= Reference.MAX_POINTS_LISTED) {
                rationalListed = positions(f.points(), rational.points());
            }
        } else {
            frontierPoints = null;
        }
        reference = reference(deals, exact, rationalListed, notes);
    }

    /** The indices in {@code all} of the points of {@code part}, a subsequence of it (the same point objects). */
    private static List<Integer> positions(List<FrontierPoint> all, List<FrontierPoint> part) {
        List<Integer> out = new ArrayList<>(part.size());
        int j = 0;
        for (int k = 0; k < all.size() && j < part.size(); k++) {
            if (all.get(k) == part.get(j)) {
                out.add(k);
                j++;
            }
        }
        return out;
    }

    private static double[][] points(List<FrontierPoint> ps) {
        double[][] out = new double[ps.size()][];
        for (int k = 0; k < out.length; k++) {
            out[k] = ps.get(k).utilities();
        }
        return out;
    }

    private Reference reference(DealSpace deals, boolean exact, List<Integer> rational, List<String> notes) {
        List<Double> rv = new ArrayList<>();
        List<Double> delta = new ArrayList<>();
        for (Profile p : profiles) {
            rv.add(p.reservationValue());
            delta.add(p.discountFactor());
        }
        List<List<Double>> listed = null;
        if (frontierPoints != null && frontierPoints.length <= Reference.MAX_POINTS_LISTED) {
            listed = new ArrayList<>();
            for (double[] p : frontierPoints) {
                listed.add(list(p));
            }
        }
        Map<String, List<Double>> sol = new LinkedHashMap<>();
        solutions.forEach((k, s) -> sol.put(k, list(s.point().utilities())));
        return new Reference(deals.parties(), scale, rv, delta, space.size(), exact,
                frontierPoints == null ? null : frontierPoints.length, listed, rational, sol, notes);
    }

    private static List<Double> list(double[] x) {
        List<Double> out = new ArrayList<>(x.length);
        for (double v : x) {
            out.add(v);
        }
        return out;
    }

    /** A setting from a domain with its profiles (GENIUS, GeniusWeb). */
    public static Setting of(DealSpace deals, SettingOptions options) {
        return new Setting(deals.name(), deals, options, null);
    }

    /**
     * A Parley scenario as a setting: every issue's scale cut into {@code grid} values (core.deals.ScenarioGrid),
     * the named actors negotiating in the order given, or, with none named, the veto parties (those marked veto,
     * else every actor with a reservation value).
     */
    public static Setting of(Scenario s, int grid, List<String> actorIds, SettingOptions options) {
        int[] actors;
        if (actorIds.isEmpty()) {
            actors = ScenarioGrid.vetoParties(s);
            if (actors.length < 2) {
                throw new IllegalArgumentException("a negotiation needs at least two parties: mark the actors "
                        + "whose signature is needed with veto: true, or name the parties");
            }
        } else {
            actors = new int[actorIds.size()];
            for (int k = 0; k < actors.length; k++) {
                String id = actorIds.get(k);
                actors[k] = -1;
                for (int a = 0; a < s.actors().size(); a++) {
                    if (s.actors().get(a).id().equals(id)) {
                        actors[k] = a;
                    }
                }
                if (actors[k] < 0) {
                    throw new IllegalArgumentException("no actor '" + id + "'; expected one of "
                            + s.actors().stream().map(a -> a.id()).toList());
                }
            }
            if (java.util.Arrays.stream(actors).distinct().count() != actors.length) {
                throw new IllegalArgumentException("an actor is named twice among the parties " + actorIds);
            }
        }
        DealSpace deals = ScenarioGrid.of(s, grid, actors);
        return new Setting(deals.name(), deals, options, new ScenarioFrame(s, grid, actors));
    }

    /** The setting's name (the domain's). */
    public String name() {
        return name;
    }

    /** The domain. */
    public OutcomeSpace space() {
        return space;
    }

    /** The profiles, in turn order. */
    public List<Profile> profiles() {
        return profiles;
    }

    /** The number of parties. */
    public int parties() {
        return profiles.size();
    }

    /** The parties' names. */
    public List<String> partyNames() {
        return profiles.stream().map(Profile::name).toList();
    }

    /** The top of the utility scale: 1 (GENIUS/GeniusWeb) or 100 (Parley scenarios). */
    public double scale() {
        return scale;
    }

    /** Party {@code i}'s sorted utility index. */
    public UtilityIndex index(int i) {
        return indexes[i];
    }

    /** The Pareto frontier, or null when it was not computed. */
    public ParetoFrontier frontier() {
        return frontier;
    }

    /** The Nash, Kalai-Smorodinsky and egalitarian solutions that exist. */
    public Map<String, Solution> solutions() {
        return java.util.Collections.unmodifiableMap(solutions);
    }

    /** The scenario the setting was built from, or null. */
    public ScenarioFrame scenario() {
        return scenario;
    }

    /** The reference as a result record. */
    public Reference reference() {
        return reference;
    }

    /**
     * The metrics of the agreement {@code bid} (null without agreement) whose utilities are {@code u} (the
     * reservation values without agreement). O(frontier points x parties).
     */
    public SessionMetrics metrics(int[] bid, double[] u) {
        int n = u.length;
        double welfare = 0;
        double product = 1;
        List<String> below = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            welfare += u[i];
            product *= u[i] - profiles.get(i).reservationValue();
            if (bid != null && !acceptance.accepts(i, u[i], bid)) {
                below.add(profiles.get(i).name());
            }
        }
        boolean inZone = bid != null && below.isEmpty();
        if (frontierPoints == null) {
            return new SessionMetrics(welfare, product, null, null, null, null, null, inZone, below);
        }
        double pareto = nearest(u, frontierPoints);
        return new SessionMetrics(welfare, product, pareto, distance(u, "nash"), distance(u, "kalai_smorodinsky"),
                distance(u, "egalitarian"), pareto <= frontier.eps(), inZone, below);
    }

    private Double distance(double[] u, String solution) {
        double[][] pts = solutionPoints.get(solution);
        return pts == null ? null : nearest(u, pts);
    }

    /** The Euclidean distance from {@code u} to the nearest of {@code points}. */
    static double nearest(double[] u, double[][] points) {
        double best = Double.POSITIVE_INFINITY;
        for (double[] p : points) {
            double s = 0;
            for (int i = 0; i < u.length; i++) {
                double d = u[i] - p[i];
                s += d * d;
            }
            best = Math.min(best, s);
        }
        return Math.sqrt(best);
    }
}
