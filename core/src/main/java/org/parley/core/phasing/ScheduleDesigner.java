package org.parley.core.phasing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.core.phasing.PhasingProgram.Objective;
import org.parley.core.phasing.PhasingProgram.Solution;
import org.parley.core.scenario.InvalidScenarioException;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scenario;

/**
 * Designs schedules of K stages to a package (linear loss): the schedule with the largest minimum slack, the fastest
 * self-enforcing schedule (most cumulative progress, summed over the stages, which is the pointwise-fastest schedule
 * whenever one exists, as in the linear case of Lockwood and Thomas 2002), and, when none holds, the smallest
 * hostage per party and the nearest phaseable package.
 *
 * <p>Each is a linear program ({@link PhasingProgram}) inside a region where every path stays on one side of every
 * party's ideal point; a local search moves across the region boundaries that bind, one kink at a time, while the
 * objective improves. Without ideal points inside the ranges there is one region and every answer is exact. With
 * them the search is a local optimum, and "no schedule exists" is claimed only when a relaxation valid for every
 * schedule has a negative optimum. Cost: at most {@link PhasingOptions#maxPrograms()} programs, each a dense
 * simplex over {@code K x issues} steps and {@code parties x K} slack rows.
 */
public final class ScheduleDesigner {

    private static final double EPS = 1e-7;

    private final PhasedDeal g;
    private final double[] years;
    private final int budget;
    private int programs;

    private ScheduleDesigner(PhasedDeal g, double[] years, int budget) {
        this.g = g;
        this.years = years.clone();
        this.budget = budget;
    }

    /** The design of a schedule with stages at {@code years} (years[0] is the start). */
    public static ScheduleDesign design(PhasedDeal g, double[] years, PhasingOptions o) {
        if (!g.linear()) {
            throw InvalidScenarioException.of("utility.loss", "is " + g.u.loss().word() + "; designing a schedule "
                    + "needs linear loss (its programs are linear); check a given schedule with --schedule instead");
        }
        return new ScheduleDesigner(g, years, o.maxPrograms()).run();
    }

    private record Found(Solution solution, Region region) {
    }

    private ScheduleDesign run() {
        PhasingProgram fixed = new PhasingProgram(g, years, false);
        boolean exact = fixed.kinkCount() == 0;
        String lastStep = lastStep(g);
        Found maxMin = search(fixed, Objective.MAX_MIN, fixed.regionOf(fixed.evenProgress()), 1);
        Double bound = null;
        boolean proven = lastStep != null;
        if (!exact) {
            // the relaxation bounds every schedule, and its optimum's region is a second place to start from
            programs++;
            Solution relaxed = fixed.solve(Objective.MAX_MIN, null, maxMin.region);
            bound = relaxed == null ? null : relaxed.value();
            proven |= bound != null && bound < -SelfEnforcement.TOLERANCE;
            Found second = relaxed == null ? null : search(fixed, Objective.MAX_MIN, fixed.regionOf(relaxed.x()), 1);
            if (second != null && second.solution.value() > maxMin.solution.value()) {
                maxMin = second;
            }
        }
        if (exact && maxMin.solution.value() < -SelfEnforcement.TOLERANCE) {
            proven = true;
        }
        maxMin = search(fixed, Objective.MAX_MIN, maxMin, share(2));
        ScheduleCheck maxMinCheck = check(fixed, leximin(fixed, maxMin));
        if (maxMinCheck.selfEnforcing() && lastStep == null) {
            Found fastest = search(fixed, Objective.FASTEST, maxMin.region, share(3));
            ScheduleCheck fast = fastest == null ? maxMinCheck : check(fixed, fastest.solution.x());
            DesignSearch ds = new DesignSearch(exact, maxMinCheck.minSlack(), exact ? null : bound, programs, capped(),
                    null);
            return new ScheduleDesign(PhaseVerdict.SELF_ENFORCING, fast, maxMinCheck, ds, List.of(), null);
        }
        List<Hostage> hostages = hostages(fixed, maxMin.region);
        PhaseablePackage nearest = nearest(maxMin.solution.x());
        DesignSearch ds = new DesignSearch(exact, maxMinCheck.minSlack(), exact || lastStep != null ? null : bound,
                programs, capped(), lastStep);
        return new ScheduleDesign(proven ? PhaseVerdict.NO_SCHEDULE_EXISTS : PhaseVerdict.NO_SCHEDULE_FOUND, null,
                maxMinCheck, ds, hostages, nearest);
    }

    /** Programs a search may use: {@code 1 / fraction} of the budget, at least four. */
    private int share(int fraction) {
        return Math.max(4, budget / fraction);
    }

    /**
     * Raises the other parties' minimum slack once the worst party's is as high as it can be, party by party (a
     * leximin over parties, in the max-min solution's region): the max-min schedule then shows every party at its
     * best, not only the worst-off one. One program per party.
     */
    private double[][] leximin(PhasingProgram prog, Found maxMin) {
        int n = g.parties.length;
        double[] floors = new double[n];
        java.util.Arrays.fill(floors, Double.NaN);
        double[][] x = maxMin.solution.x();
        for (int round = 0; round < n - 1 && programs < budget; round++) {
            ScheduleCheck c = check(prog, x);
            int worst = -1;
            double low = Double.POSITIVE_INFINITY;
            List<String> ids = g.partyIds();
            for (int p = 0; p < n; p++) {
                if (!Double.isNaN(floors[p])) {
                    continue;
                }
                double m = c.worst().get(ids.get(p)).slack();
                if (m < low - SelfEnforcement.TOLERANCE) {
                    low = m;
                    worst = p;
                }
            }
            floors[worst] = low - SelfEnforcement.TOLERANCE;
            programs++;
            Solution next = prog.solve(Objective.MAX_MIN, maxMin.region, null, floors);
            if (next == null) {
                break;
            }
            x = next.x();
        }
        return x;
    }

    /**
     * The last-step problem (the phasing spec, Section 4.2, generalised): under the freeze, if every moving issue
     * has a conceder whose own concessions all cost it (its ideal lies at or behind the start on each) and who
     * values no term that could be revoked, then at the last stage with any move such a conceder gains by
     * withholding it and loses nothing: no finite schedule reaches the package. Returns that party, or null.
     */
    static String lastStep(PhasedDeal g) {
        if (g.punishment != org.parley.core.scenario.Punishment.FREEZE) {
            return null;
        }
        String party = null;
        boolean anyMove = false;
        for (int d = 0; d < g.issues; d++) {
            if (g.direction[d] == 0) {
                continue;
            }
            anyMove = true;
            String found = null;
            for (int p = 0; p < g.parties.length && found == null; p++) {
                if (g.withholds[p][d] && costly(g, p, d) && nothingAtStake(g, p) && ownMovesCost(g, p)) {
                    found = g.scenario.actors().get(g.parties[p]).id();
                }
            }
            if (found == null) {
                return null;
            }
            party = party == null ? found : party;
        }
        return anyMove ? party : null;
    }

    private static boolean costly(PhasedDeal g, int p, int d) {
        int i = g.parties[p];
        return g.u.weight(i, d) > 0 && g.direction[d] * (g.u.ideal(i, d) - g.start[d]) <= 0;
    }

    private static boolean ownMovesCost(PhasedDeal g, int p) {
        for (int d = 0; d < g.issues; d++) {
            if (g.withholds[p][d] && g.direction[d] != 0 && g.u.weight(g.parties[p], d) > 0 && !costly(g, p, d)) {
                return false;
            }
        }
        return true;
    }

    private static boolean nothingAtStake(PhasedDeal g, int p) {
        for (int d = 0; d < g.issues; d++) {
            boolean matters = g.direction[d] != 0 || g.start[d] != g.revertTo[d];
            if (g.revoked[p][d] && matters && g.u.weight(g.parties[p], d) > 0) {
                return false;
            }
        }
        return true;
    }

    private boolean capped() {
        return programs >= budget;
    }

    private ScheduleCheck check(PhasingProgram prog, double[][] x) {
        return SelfEnforcement.check(prog.g, years, null, prog.states(x));
    }

    /**
     * Local search over regions from {@code start}, solving at most {@code limit} programs (and never more than
     * the budget left); null when the program is infeasible there.
     */
    private Found search(PhasingProgram prog, Objective objective, Region start, int limit) {
        if (programs >= budget) {
            return null;
        }
        programs++;
        Solution best = prog.solve(objective, start, null);
        return best == null ? null : search(prog, objective, new Found(best, start), limit - 1);
    }

    /** Local search over regions from a solved region. */
    private Found search(PhasingProgram prog, Objective objective, Found from, int limit) {
        Solution best = from.solution;
        Region at = from.region;
        int stop = Math.min(budget, programs + limit);
        Set<Region> seen = new HashSet<>();
        seen.add(at);
        boolean improved = true;
        while (improved && programs < stop) {
            improved = false;
            for (Region r : neighbours(prog, at, best.x())) {
                if (programs >= stop) {
                    break;
                }
                if (!seen.add(r)) {
                    continue;
                }
                programs++;
                Solution s = prog.solve(objective, r, null);
                if (s != null && s.value() > best.value() + EPS) {
                    best = s;
                    at = r;
                    improved = true;
                    break;
                }
            }
        }
        return new Found(best, at);
    }

    /** The regions across each binding side constraint of the solution {@code x}. */
    private static List<Region> neighbours(PhasingProgram prog, Region r, double[][] x) {
        List<Region> out = new ArrayList<>();
        int last = prog.free ? prog.stages + 1 : prog.stages;
        for (int m = 0; m < prog.moving.length; m++) {
            for (int j = 0; j < prog.kinks[m].length; j++) {
                int c = r.cross[m][j];
                double kink = prog.kinks[m][j];
                if (c - 1 >= 1 && x[c - 1][m] >= kink - EPS) {
                    out.add(r.moved(m, j, c - 1));
                }
                if (c + 1 <= last && c <= prog.stages && x[c][m] <= kink + EPS) {
                    out.add(r.moved(m, j, c + 1));
                }
            }
        }
        return out;
    }

    /** The smallest hostage per party: minimise the sum of revocable flows that lets every slack reach zero. */
    private List<Hostage> hostages(PhasingProgram fixed, Region start) {
        Found f = search(fixed, Objective.HOSTAGE, start, share(8));
        List<Hostage> out = new ArrayList<>();
        if (f == null) {
            return out;
        }
        ScheduleCheck plain = check(fixed, f.solution.x());
        List<String> ids = g.partyIds();
        for (int p = 0; p < ids.size(); p++) {
            double h = f.solution.extra()[p];
            if (h <= SelfEnforcement.TOLERANCE) {
                continue;
            }
            List<Double> row = plain.slack().get(ids.get(p));
            int until = 1;
            for (int t = 0; t < row.size(); t++) {
                if (row.get(t) < -SelfEnforcement.TOLERANCE) {
                    until = t + 1;
                }
            }
            out.add(new Hostage(ids.get(p), h, until, years[until], carriers(p, h)));
        }
        return out;
    }

    /** The reversible terms others concede that party p values beyond the package, and how much each would take. */
    private List<HostageTerm> carriers(int p, double h) {
        List<HostageTerm> out = new ArrayList<>();
        Scenario s = g.scenario;
        int i = g.parties[p];
        for (int d = 0; d < g.issues; d++) {
            double w = g.u.weight(i, d);
            if (!g.revoked[p][d] || w <= 0) {
                continue;
            }
            double want = g.u.ideal(i, d) - g.goal[d];
            double dir = g.direction[d] != 0 ? g.direction[d] : Math.signum(want);
            double roomPct = Math.max(0, dir * want);
            Issue issue = s.issues().get(d);
            double unit = issue.scale().range() / 100;
            out.add(new HostageTerm(issue.id(), issue.concededBy(), w / unit, h / w * unit, roomPct * unit));
        }
        return out;
    }

    /** The nearest package on the lines from the start through the target that is accepted and can be phased. */
    private PhaseablePackage nearest(double[][] fixedX) {
        PhasingProgram free = new PhasingProgram(g, years, true);
        Found f = search(free, Objective.NEAREST, free.regionOf(fixedX), share(8));
        if (f == null) {
            return PhaseablePackage.none();
        }
        double[][] states = free.states(f.solution.x());
        ScheduleCheck sc = SelfEnforcement.check(g, years, null, states);
        if (!sc.selfEnforcing() || sc.sequencing().isEmpty()) {
            return PhaseablePackage.none();
        }
        Scenario s = g.scenario;
        double[] end = states[states.length - 1];
        Map<String, Double> terms = new LinkedHashMap<>();
        List<String> changed = new ArrayList<>();
        double distance = 0;
        for (int d = 0; d < g.issues; d++) {
            Issue issue = s.issues().get(d);
            terms.put(issue.id(), issue.scale().fromPercent(end[d]));
            double gap = Math.abs(end[d] - g.goal[d]);
            distance += gap;
            if (gap > 1e-6) {
                changed.add(issue.id());
            }
        }
        Map<String, Double> utilities = new LinkedHashMap<>();
        for (int i = 0; i < s.actors().size(); i++) {
            utilities.put(s.actors().get(i).id(), g.u.utilityOfPercent(i, end));
        }
        return new PhaseablePackage(true, terms, distance, changed, utilities, sc);
    }
}
