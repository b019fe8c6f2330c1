package org.parley.core.phasing;

import static org.parley.core.scenario.ScenarioValidator.num;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Package;
import org.parley.core.scenario.Phasing;
import org.parley.core.scenario.Problem;
import org.parley.core.scenario.Scenario;

/**
 * Checks a {@link Schedule} against its scenario and package, and resolves it into stage years and states. Stage 0
 * is the start (the status quo, or the {@code start} package) at the phasing section's start year; without years
 * the stages are spread evenly to its end year (one a year from year 0 without a phasing section).
 */
public final class Schedules {

    private Schedules() {
    }

    /** A schedule resolved: {@code years[t]}, {@code labels[t]} and {@code terms[t]} (issue units), t = 0..K. */
    record Resolved(double[] years, String[] labels, double[][] terms) {
    }

    /**
     * Every problem of the schedule, located by paths into the schedule file ({@code stages[2].terms.TERR}):
     * unknown start package or issues, terms off their scale, a move back on an irreversible term, stages out of
     * year order or outside the phasing years, and a last stage that does not reach the package.
     */
    public static List<Problem> problems(Scenario s, Package target, Schedule schedule) {
        List<Problem> out = new ArrayList<>();
        Package start = null;
        if (schedule.start() != null) {
            start = s.pkg(schedule.start()).orElse(null);
            if (start == null) {
                out.add(new Problem("start", "unknown package '" + schedule.start() + "'; expected one of "
                        + s.packages().stream().map(Package::id).toList()));
            }
        } else {
            for (Issue issue : s.issues()) {
                if (!issue.hasStatusQuo()) {
                    out.add(new Problem("start", "missing; issue '" + issue.id() + "' has no status_quo to start "
                            + "from; expected start: PACKAGE_ID or a status_quo on every issue"));
                    break;
                }
            }
        }
        if (schedule.stages().isEmpty()) {
            out.add(new Problem("stages", "no stages; expected at least one stage, the last reaching package '"
                    + target.id() + "'"));
        }
        checkYears(s.phasing(), schedule, out);
        Map<String, Issue> issues = new java.util.HashMap<>();
        s.issues().forEach(i -> issues.putIfAbsent(i.id(), i));
        for (int k = 0; k < schedule.stages().size(); k++) {
            for (Map.Entry<String, Double> t : schedule.stages().get(k).terms().entrySet()) {
                String at = "stages[" + k + "].terms." + t.getKey();
                Issue issue = issues.get(t.getKey());
                if (issue == null) {
                    out.add(new Problem(at, "unknown issue '" + t.getKey() + "'; expected one of "
                            + s.issues().stream().map(Issue::id).toList()));
                } else if (!Double.isFinite(t.getValue())) {
                    out.add(new Problem(at, "is " + num(t.getValue()) + "; expected a finite number"));
                } else if (!issue.scale().contains(t.getValue())) {
                    out.add(new Problem(at, num(t.getValue()) + " is outside the scale of " + issue.id()
                            + "; expected " + num(issue.scale().min()) + " to " + num(issue.scale().max())));
                }
            }
        }
        if (out.isEmpty()) {
            checkPath(s, target, start, schedule, out);
        }
        return out;
    }

    private static void checkYears(Phasing phasing, Schedule schedule, List<Problem> out) {
        List<ScheduleStage> stages = schedule.stages();
        boolean any = stages.stream().anyMatch(st -> st.year() != null);
        if (!any) {
            return;
        }
        double startYear = phasing == null ? 0 : phasing.start();
        String startName = phasing == null ? "year 0 of the start" : "the start year " + num(startYear)
                + " (phasing.start)";
        Double before = startYear;
        for (int k = 0; k < stages.size(); k++) {
            Double y = stages.get(k).year();
            String at = "stages[" + k + "].year";
            if (y == null) {
                out.add(new Problem(at, "missing; expected a year for every stage once one stage has one"));
                before = null;
                continue;
            }
            if (!Double.isFinite(y)) {
                out.add(new Problem(at, "is " + num(y) + "; expected a finite year"));
                before = null;
                continue;
            }
            if (before != null && y <= before) {
                out.add(new Problem(at, "year " + num(y) + " is not after " + (k == 0 ? startName
                        : num(before) + ", the year of stages[" + (k - 1) + "]") + "; expected the stages in year "
                        + "order"));
            }
            if (phasing != null && y > phasing.end()) {
                out.add(new Problem(at, "year " + num(y) + " is after the end year " + num(phasing.end())
                        + " (phasing.end); expected every stage by then"));
            }
            before = y;
        }
    }

    private static void checkPath(Scenario s, Package target, Package start, Schedule schedule,
                                  List<Problem> out) {
        double[] from = start == null ? statusQuo(s) : org.parley.core.utility.Outcomes.of(s, start);
        double[] goal = org.parley.core.utility.Outcomes.of(s, target);
        double[] at = from.clone();
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int d = 0; d < goal.length; d++) {
            index.putIfAbsent(s.issues().get(d).id(), d);
        }
        for (int k = 0; k < schedule.stages().size(); k++) {
            for (Map.Entry<String, Double> t : schedule.stages().get(k).terms().entrySet()) {
                int d = index.get(t.getKey());
                Issue issue = s.issues().get(d);
                double before = at[d];
                double after = t.getValue();
                double dir = Math.signum(goal[d] - from[d]);
                boolean back = dir != 0 ? dir * (after - before) < 0 : after != before;
                if (!issue.reversible() && back) {
                    String toward = dir != 0 ? "it can only move toward the package's " + num(goal[d])
                            : "package '" + target.id() + "' keeps it at " + num(goal[d]);
                    out.add(new Problem("stages[" + k + "].terms." + issue.id(), "moves " + issue.id() + " back "
                            + "from " + num(before) + " to " + num(after) + ", but " + issue.id() + " is not "
                            + "reversible, so " + toward + " (mark it reversible: true if it can be taken back)"));
                }
                at[d] = after;
            }
        }
        int last = schedule.stages().size() - 1;
        for (int d = 0; d < goal.length; d++) {
            Issue issue = s.issues().get(d);
            if (Math.abs(at[d] - goal[d]) > 1e-9 * issue.scale().range()) {
                out.add(new Problem("stages[" + last + "].terms", "after the last stage " + issue.id() + " is "
                        + num(at[d]) + ", but package '" + target.id() + "' sets it to " + num(goal[d])
                        + "; expected the last stage to reach the package"));
            }
        }
    }

    private static double[] statusQuo(Scenario s) {
        double[] x = new double[s.issues().size()];
        for (int d = 0; d < x.length; d++) {
            x[d] = s.issues().get(d).statusQuo();
        }
        return x;
    }

    /** The years of K stages spread evenly over the phasing years (0..K without a phasing section). */
    static double[] evenYears(Phasing phasing, int stages) {
        double[] y = new double[stages + 1];
        for (int t = 0; t <= stages; t++) {
            y[t] = phasing == null ? t : phasing.start() + phasing.years() * t / stages;
        }
        return y;
    }

    /** A schedule without problems, resolved against its deal. */
    static Resolved resolve(PhasedDeal g, Schedule schedule) {
        Scenario s = g.scenario;
        int stages = schedule.stages().size();
        double[] years = evenYears(s.phasing(), stages);
        String[] labels = new String[stages + 1];
        double[][] terms = new double[stages + 1][];
        terms[0] = g.startOutcome();
        labels[0] = g.startId() == null ? "status quo" : g.startId();
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int d = 0; d < g.issues; d++) {
            index.putIfAbsent(s.issues().get(d).id(), d);
        }
        for (int k = 0; k < stages; k++) {
            ScheduleStage st = schedule.stages().get(k);
            double[] now = terms[k].clone();
            st.terms().forEach((id, v) -> now[index.get(id)] = v);
            terms[k + 1] = now;
            labels[k + 1] = st.label();
            if (st.year() != null) {
                years[k + 1] = st.year();
            }
        }
        return new Resolved(years, labels, terms);
    }
}
