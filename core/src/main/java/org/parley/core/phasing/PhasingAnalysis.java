package org.parley.core.phasing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.deals.PackageRepair;
import org.parley.core.deals.Repair;
import org.parley.core.deals.ScenarioGrid;
import org.parley.core.deals.SolverBudgets;
import org.parley.core.scenario.InvalidScenarioException;
import org.parley.core.scenario.Loss;
import org.parley.core.scenario.Package;
import org.parley.core.scenario.Problem;
import org.parley.core.scenario.Punishment;
import org.parley.core.scenario.Scenario;

/**
 * The phasing analysis of a validated scenario (see docs/models/phasing.md): {@link #check} a given schedule to a
 * package, or {@link #design} one within K stages; either way the result says whether the package can be phased,
 * who is tempted at which stage, and what would change that.
 */
public final class PhasingAnalysis {

    private PhasingAnalysis() {
    }

    /**
     * Checks {@code schedule} to {@code target}; when it fails, designs over the same stage years to find a
     * reordering that holds or, failing that, the smallest hostage and the nearest phaseable package. Throws
     * {@link InvalidScenarioException} with paths into the schedule for a bad schedule (see {@link Schedules}).
     */
    public static PhaseResult check(Scenario s, Package target, Schedule schedule, PhasingOptions o) {
        List<Problem> problems = Schedules.problems(s, target, schedule);
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
        Package start = schedule.start() == null ? null : s.pkg(schedule.start()).orElseThrow();
        PhasedDeal g = PhasedDeal.of(s, target, start);
        Schedules.Resolved r = Schedules.resolve(g, schedule);
        double[][] states = new double[r.terms().length][];
        for (int t = 0; t < states.length; t++) {
            states[t] = g.u.toPercent(r.terms()[t]);
        }
        ScheduleCheck check = SelfEnforcement.check(g, r.years(), r.labels(), states);
        if (check.selfEnforcing()) {
            return result(g, check.stageCount(), PhaseVerdict.SELF_ENFORCING, false, check, null, null,
                    PowerShift.check(s));
        }
        ScheduleDesign design = g.linear() && o.suggestChanges() ? ScheduleDesigner.design(g, r.years(), o) : null;
        SmallestChange change = null;
        if (design != null) {
            change = design.verdict() == PhaseVerdict.SELF_ENFORCING
                    ? new SmallestChange(design.maxMin(), List.of(), null)
                    : new SmallestChange(null, design.hostages(), design.nearestPackage());
        }
        return result(g, check.stageCount(), PhaseVerdict.NOT_SELF_ENFORCING, false, check, design, change,
                PowerShift.check(s));
    }

    /**
     * Designs a schedule of {@code stages} stages from the status quo to {@code target}, spread evenly over the
     * phasing years (one a year from year 0 without a phasing section). Needs linear loss.
     */
    public static PhaseResult design(Scenario s, Package target, int stages, PhasingOptions o) {
        return design(s, target, null, stages, o);
    }

    /** As {@link #design(Scenario, Package, int, PhasingOptions)}, from {@code start} (null: the status quo). */
    public static PhaseResult design(Scenario s, Package target, Package start, int stages, PhasingOptions o) {
        if (stages < 1) {
            throw new IllegalArgumentException("stages must be >= 1, got " + stages);
        }
        PhasedDeal g = PhasedDeal.of(s, target, start);
        return design(g, stages, o, PowerShift.check(s));
    }

    /** As {@link #design(Scenario, Package, Package, int, PhasingOptions)}, with Powell's check already made. */
    static PhaseResult design(PhasedDeal g, int stages, PhasingOptions o, PowerShiftCheck power) {
        ScheduleDesign design = ScheduleDesigner.design(g, Schedules.evenYears(g.phasing, stages), o);
        ScheduleCheck headline = design.fastest() != null ? design.fastest() : design.maxMin();
        SmallestChange change = design.verdict() == PhaseVerdict.SELF_ENFORCING ? null
                : new SmallestChange(null, design.hostages(), design.nearestPackage());
        return result(g, stages, design.verdict(), true, headline, design, change, power);
    }

    /**
     * The nearest variant of {@code p} that every veto party accepts, as a package to phase: the repair of the
     * deal-space analysis ({@link PackageRepair}, equal issue weights, margin 0.05), with id {@code <id>-repaired}.
     * Throws {@link InvalidScenarioException} when the scenario has fewer than two veto parties, does not use
     * linear loss, or no package satisfies every veto party.
     */
    public static Package repaired(Scenario s, Package p) {
        int[] veto = ScenarioGrid.vetoParties(s);
        if (veto.length < 2 || s.loss() != Loss.LINEAR) {
            throw InvalidScenarioException.of("packages", "the nearest variant every veto party accepts needs at "
                    + "least two veto parties with reservation values and linear loss");
        }
        return repaired(p, PackageRepair.of(s, p, veto, null, 0.05, SolverBudgets.defaults()));
    }

    /** The package a repair the deal-space analysis already found describes, with id {@code <id>-repaired}. */
    public static Package repaired(Package p, Repair r) {
        if (!r.exists()) {
            throw InvalidScenarioException.of("packages", "package '" + p.id() + "' has no variant that every veto "
                    + "party accepts: " + r.statement());
        }
        return new Package(p.id() + "-repaired", "Nearest variant of " + p.label() + " every veto party accepts",
                r.statement(), r.outcome());
    }

    private static PhaseResult result(PhasedDeal g, int stages, PhaseVerdict verdict, boolean designed,
                                      ScheduleCheck schedule, ScheduleDesign design, SmallestChange change,
                                      PowerShiftCheck power) {
        Map<String, Double> discounts = new LinkedHashMap<>();
        List<String> ids = g.partyIds();
        for (int p = 0; p < ids.size(); p++) {
            discounts.put(ids.get(p), g.delta[p]);
        }
        return new PhaseResult(g.target.id(), g.target.name(), g.startId(), g.punishment, discounts, stakes(g),
                stages, verdict, designed, schedule, design, change, power);
    }

    /** Each party's gain, cost and stake at risk once the package is complete (utility points a year). */
    static List<PartyStake> stakes(PhasedDeal g) {
        List<PartyStake> out = new ArrayList<>();
        double[] othersOnly = new double[g.issues];
        double[] revoked = new double[g.issues];
        List<String> ids = g.partyIds();
        for (int p = 0; p < ids.size(); p++) {
            int i = g.parties[p];
            for (int d = 0; d < g.issues; d++) {
                othersOnly[d] = g.withholds[p][d] ? g.start[d] : g.goal[d];
                revoked[d] = g.revoked[p][d] ? g.revertTo[d] : g.goal[d];
            }
            double uGoal = g.u.utilityOfPercent(i, g.goal);
            double uOthers = g.u.utilityOfPercent(i, othersOnly);
            double atRisk = g.punishment == Punishment.NO_DEAL ? uGoal - g.reservation[p]
                    : uGoal - g.u.utilityOfPercent(i, revoked);
            out.add(new PartyStake(ids.get(p), g.delta[p], uOthers - g.u.utilityOfPercent(i, g.start),
                    uOthers - uGoal, atRisk));
        }
        return out;
    }
}
