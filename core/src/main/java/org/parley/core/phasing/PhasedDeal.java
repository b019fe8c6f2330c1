package org.parley.core.phasing;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.InvalidScenarioException;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Package;
import org.parley.core.scenario.Phasing;
import org.parley.core.scenario.Problem;
import org.parley.core.scenario.Punishment;
import org.parley.core.scenario.Scenario;
import org.parley.core.utility.Outcomes;
import org.parley.core.utility.SpatialUtility;

/**
 * A package to be reached in stages (Lockwood and Thomas 2002, in the form of Telser 1980): the start and target
 * outcomes (0..100 per issue), the parties whose compliance is at stake (every actor that concedes a moving term or
 * holds a veto) with their annual discount factors, who withholds what when defecting, which terms the defector's
 * counterparts revoke, and the punishment. Built once per analysis; the schedules checked against it vary.
 */
public final class PhasedDeal {

    final Scenario scenario;
    final SpatialUtility u;
    final Package target;
    final String startId;
    final int issues;
    final int[] parties;
    final double[] delta;
    final double[] reservation;
    /** {@code withholds[p][d]}: party p concedes issue d, so it withholds its moves on d when it defects. */
    final boolean[][] withholds;
    /**
     * {@code revoked[p][d]}: issue d is reversible, conceded by others than p, and its revocation would hurt p, so
     * it is revoked when p defects (under the freeze).
     */
    final boolean[][] revoked;
    /** Where a revoked term goes back to (0..100): the issue's status quo, else the start. */
    final double[] revertTo;
    final double[] start;
    final double[] goal;
    /** +1 or -1: the direction from the start to the package on each issue; 0 when the package leaves it alone. */
    final double[] direction;
    final Punishment punishment;
    final Phasing phasing;

    private PhasedDeal(Scenario s, Package target, Package startPackage) {
        List<Problem> problems = problems(s, target, startPackage);
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
        this.scenario = s;
        this.u = SpatialUtility.of(s);
        this.target = target;
        this.startId = startPackage == null ? null : startPackage.id();
        this.issues = s.issues().size();
        this.phasing = s.phasing();
        this.punishment = phasing == null ? Punishment.FREEZE : phasing.punishment();
        this.goal = u.toPercent(Outcomes.of(s, target));
        this.start = u.toPercent(startOutcome(s, startPackage));
        this.direction = new double[issues];
        this.revertTo = new double[issues];
        for (int d = 0; d < issues; d++) {
            direction[d] = Math.signum(goal[d] - start[d]);
            Issue issue = s.issues().get(d);
            revertTo[d] = issue.hasStatusQuo() ? u.toPercent(d, issue.statusQuo()) : start[d];
        }
        this.parties = parties(s);
        int n = parties.length;
        this.delta = new double[n];
        this.reservation = new double[n];
        this.withholds = new boolean[n][issues];
        this.revoked = new boolean[n][issues];
        for (int p = 0; p < n; p++) {
            Actor a = s.actors().get(parties[p]);
            delta[p] = a.discount();
            if (a.hasReservation()) {
                reservation[p] = a.reservation();
            }
            for (int d = 0; d < issues; d++) {
                Issue issue = s.issues().get(d);
                withholds[p][d] = issue.concededBy().contains(a.id());
                revoked[p][d] = issue.reversible() && !issue.concededBy().isEmpty() && !withholds[p][d]
                        && hurts(parties[p], d);
            }
        }
    }

    /**
     * Every reason the deal from {@code start} (null: the status quo) to {@code target} of a validated scenario
     * cannot be phased, each with its path into the scenario: a party that concedes a term or holds a veto without a
     * discount factor (under the no-deal punishment, without a reservation value), an issue without a status quo
     * when the schedule starts there, a target where the schedule starts, no party at stake. Empty when it can be;
     * {@link #of} throws with these.
     */
    public static List<Problem> problems(Scenario s, Package target, Package start) {
        List<Problem> problems = new ArrayList<>();
        Punishment punishment = s.phasing() == null ? Punishment.FREEZE : s.phasing().punishment();
        int[] parties = parties(s);
        for (int i : parties) {
            Actor a = s.actors().get(i);
            if (!a.hasDiscount()) {
                problems.add(new Problem("actors[" + i + "].discount", "missing; phasing needs the annual "
                        + "discount factor of every party that concedes a term or holds a veto (" + partyIds(s)
                        + "), e.g. discount: 0.9"));
            }
            if (punishment == Punishment.NO_DEAL && !a.hasReservation()) {
                problems.add(new Problem("actors[" + i + "].reservation", "missing; the no-deal punishment "
                        + "needs the reservation value of every party"));
            }
        }
        boolean startKnown = true;
        for (int d = 0; d < s.issues().size() && start == null; d++) {
            Issue issue = s.issues().get(d);
            if (!issue.hasStatusQuo()) {
                startKnown = false;
                problems.add(new Problem("issues[" + d + "].status_quo", "missing; a schedule starts at the "
                        + "status quo unless it names a start package, and issue '" + issue.id() + "' has none"));
            }
        }
        if (startKnown && !moves(s, target, start)) {
            problems.add(new Problem("packages", "package '" + target.id() + "' is where the schedule starts on every "
                    + "issue (" + (start == null ? "the status quo" : "package '" + start.id() + "'")
                    + "): nothing to phase"));
        }
        if (parties.length == 0) {
            problems.add(new Problem("issues", "no actor concedes a term that package '" + target.id()
                    + "' moves, and none holds a veto; expected conceded_by marks on the issues or veto parties"));
        }
        return problems;
    }

    /**
     * The deal that moves a validated scenario from {@code start} (null: the status quo) to {@code target}; throws
     * {@link InvalidScenarioException} with every one of its {@link #problems}.
     */
    public static PhasedDeal of(Scenario s, Package target, Package start) {
        return new PhasedDeal(s, target, start);
    }

    /** Whether {@code target} differs from the start on some issue (on the 0..100 scales the deal works on). */
    private static boolean moves(Scenario s, Package target, Package start) {
        SpatialUtility u = SpatialUtility.of(s);
        double[] goal = u.toPercent(Outcomes.of(s, target));
        double[] from = u.toPercent(startOutcome(s, start));
        for (int d = 0; d < goal.length; d++) {
            if (goal[d] != from[d]) {
                return true;
            }
        }
        return false;
    }

    /** The start outcome in issue units: {@code start}'s, or the status quo (every issue has one). */
    private static double[] startOutcome(Scenario s, Package start) {
        if (start != null) {
            return Outcomes.of(s, start);
        }
        double[] x = new double[s.issues().size()];
        for (int d = 0; d < x.length; d++) {
            x[d] = s.issues().get(d).statusQuo();
        }
        return x;
    }

    /**
     * Whether taking issue d back to its revocation point would hurt actor i once the package is complete. Only
     * such terms are revoked to punish i: counterparts do not punish a defector with a revocation it welcomes.
     * Along any path from the start to the package the revocation then never helps i (its loss is convex).
     */
    private boolean hurts(int i, int d) {
        return u.weight(i, d) > 0 && u.issueLoss(i, d, revertTo[d]) > u.issueLoss(i, d, goal[d]);
    }

    /** Veto parties and every actor that concedes an issue, in scenario order. */
    private static int[] parties(Scenario s) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < s.actors().size(); i++) {
            Actor a = s.actors().get(i);
            boolean concedes = s.issues().stream().anyMatch(is -> is.concededBy().contains(a.id()));
            if (a.veto() || concedes) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String partyIds(Scenario s) {
        List<String> ids = new ArrayList<>();
        for (int i : parties(s)) {
            ids.add(s.actors().get(i).id());
        }
        return String.join(", ", ids);
    }

    /** The id of the start package, or null when the schedule starts at the status quo. */
    public String startId() {
        return startId;
    }

    /** The ids of the parties, in scenario order. */
    public List<String> partyIds() {
        List<String> ids = new ArrayList<>();
        for (int i : parties) {
            ids.add(scenario.actors().get(i).id());
        }
        return ids;
    }

    /** The start outcome in issue units. */
    public double[] startOutcome() {
        double[] x = new double[issues];
        for (int d = 0; d < issues; d++) {
            x[d] = scenario.issues().get(d).scale().fromPercent(start[d]);
        }
        return x;
    }

    /** Whether the scenario's loss is linear (the designer's linear programs need it). */
    boolean linear() {
        return u.loss() == org.parley.core.scenario.Loss.LINEAR;
    }
}
