package org.parley.core.phasing;

import static org.parley.core.scenario.ScenarioValidator.num;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.parley.core.scenario.Punishment;

/**
 * A phasing result in plain words, for every view (the {@code phase} command's text, {@code analyze}, the report):
 * whether the package can be phased, who is tempted at which stage and by how much, why, what would change that,
 * and who moves first on what. Numbers are rounded here, and only here.
 */
public final class PhasingWords {

    private PhasingWords() {
    }

    /** Every sentence, in reading order. */
    public static List<String> summary(PhaseResult r) {
        List<String> out = new ArrayList<>();
        out.add(verdict(r));
        out.addAll(temptation(r));
        out.addAll(change(r));
        out.addAll(sequencing(r.schedule()));
        out.addAll(powerShift(r.powerShift()));
        return out;
    }

    /** Whether the package can be phased, in one sentence. */
    public static String verdict(PhaseResult r) {
        ScheduleCheck s = r.schedule();
        String pkg = "Package '" + r.packageId() + "'";
        String span = r.stages() + " stage" + (r.stages() == 1 ? "" : "s") + " (" + year(s.stages().get(0).year())
                + " to " + year(s.stages().get(s.stages().size() - 1).year()) + ")";
        Incentive b = s.binding();
        return switch (r.verdict()) {
            case SELF_ENFORCING -> !r.designed()
                    ? "The schedule to package '" + r.packageId() + "' holds: at every stage every party gains at "
                    + "least as much by continuing as by defecting (smallest margin " + pts(Math.max(0, b.slack()))
                    + " a year, " + b.actor() + " at " + at(b) + ")."
                    : pkg + " can be phased in " + span + ": the fastest self-enforcing schedule keeps every party "
                    + "at least as well off continuing as defecting at every stage, and the most robust one keeps "
                    + "every party " + pts(Math.max(0, r.design().maxMin().minSlack())) + " a year above defecting.";
            case NOT_SELF_ENFORCING -> "The schedule to " + r.packageId() + " is not self-enforcing: "
                    + s.shortfalls().size() + " time" + (s.shortfalls().size() == 1 ? "" : "s")
                    + " a party gains by defecting, first " + b.actor() + " at " + at(b) + ".";
            case NO_SCHEDULE_EXISTS -> pkg + " cannot be phased in " + span + ": no schedule keeps every party "
                    + "at least as well off continuing as defecting at every stage.";
            case NO_SCHEDULE_FOUND -> "No self-enforcing schedule to " + r.packageId() + " was found in " + span
                    + ", but none could be ruled out: the best found falls " + shortfall(-s.minSlack())
                    + " a year short" + (r.design().search().upperBound() == null ? "" : ", and no schedule can do "
                    + "better than " + pts(r.design().search().upperBound()) + " a year") + ".";
        };
    }

    /** Who is tempted where, by how much, and why. */
    public static List<String> temptation(PhaseResult r) {
        List<String> out = new ArrayList<>();
        ScheduleCheck s = r.schedule();
        Incentive b = s.binding();
        if (b.holds()) {
            out.add("The tightest stage is " + b.actor() + "'s at " + at(b) + (b.slack() < 0.0005
                    ? ": complying and defecting are worth the same there (the constraint binds)."
                    : ": complying beats defecting by " + pts(b.slack()) + " a year."));
            return out;
        }
        String lead = r.verdict() == PhaseVerdict.NOT_SELF_ENFORCING ? "" : "Even in the schedule that does best "
                + "for the worst-off party, ";
        out.add(lead + b.actor() + " is the most tempted to defect: at " + at(b) + " defecting is worth "
                + shortfall(-b.slack()) + " a year more than complying (" + num(-b.slackTotal(), 1)
                + " utility-years in discounted total). " + because(r, b));
        String others = others(s);
        if (!others.isEmpty()) {
            out.add("Tempted to defect: " + others + ".");
        }
        PartyStake st = stake(r, b.actor());
        if (st != null) {
            out.add(why(r, st));
        }
        return out;
    }

    private static String because(PhaseResult r, Incentive b) {
        String withheld = b.withheld().isEmpty() ? "Walking out now"
                : "Withholding its own moves on " + String.join(", ", b.withheld());
        String punish = r.punishment() == Punishment.NO_DEAL ? "the fall to its no-deal value from the next stage on"
                : "the freeze from the next stage on" + (b.revoked().isEmpty() ? "" : " (with "
                + String.join(", ", b.revoked()) + " taken back)");
        String gain = b.temptation() >= 0 ? " would gain it " + pts(b.temptation()) : " would cost it "
                + pts(-b.temptation());
        String stake = b.stake() >= 0 ? punish + " would cost it " + pts(b.stake()) + " a year."
                : punish + " would leave it " + pts(-b.stake()) + " a year better off than going on.";
        return withheld + gain + " a year at once; " + stake;
    }

    private static String why(PhaseResult r, PartyStake st) {
        StringBuilder b = new StringBuilder("Once the package is complete, the others' concessions are worth "
                + pts(st.gain()) + " a year to " + st.actor() + " and its own cost it " + pts(st.cost()));
        if (st.cost() > st.gain()) {
            b.append(", so the package leaves it ").append(pts(st.cost() - st.gain())).append(" a year worse off than ")
                    .append("the start");
        }
        b.append("; the punishment could take ").append(pts(st.atRisk())).append(" a year from it after the last ")
                .append("stage.");
        boolean phased = r.verdict() == PhaseVerdict.SELF_ENFORCING;
        if (!phased && st.discount() * st.gain() <= st.cost() && st.cost() > 0) {
            b.append(" Its gain from the others' concessions, discounted by a year (").append(num(st.discount(), 2))
                    .append(" x ").append(num(st.gain(), 1)).append(" = ").append(num(st.discount() * st.gain(), 1))
                    .append("), does not exceed its cost (").append(num(st.cost(), 1)).append("): in the two-party ")
                    .append("linear case that alone rules out any gradual schedule (Lockwood and Thomas 2002).");
        }
        if (r.design() != null && st.actor().equals(r.design().search().lastStep())) {
            b.append(" Nothing it values can be taken back once its last step is made, so it gains by skipping that "
                    + "step, and, stage by stage backwards, every step before it: without a hostage no finite "
                    + "schedule reaches the package (the last-step problem).");
        }
        return b.toString();
    }

    /** The parties tempted to defect, with the stages (and years) where they are. */
    private static String others(ScheduleCheck s) {
        Map<String, List<Incentive>> byParty = new java.util.LinkedHashMap<>();
        for (Incentive i : s.shortfalls()) {
            byParty.computeIfAbsent(i.actor(), k -> new ArrayList<>()).add(i);
        }
        List<String> parts = new ArrayList<>();
        byParty.forEach((party, list) -> parts.add(party + " at " + ranges(list)));
        return String.join("; ", parts);
    }

    private static String ranges(List<Incentive> list) {
        List<String> out = new ArrayList<>();
        int k = 0;
        while (k < list.size()) {
            int j = k;
            while (j + 1 < list.size() && list.get(j + 1).stage() == list.get(j).stage() + 1) {
                j++;
            }
            Incentive a = list.get(k);
            Incentive z = list.get(j);
            out.add(j == k ? "stage " + a.stage() + " (" + year(a.year()) + ")"
                    : "stages " + a.stage() + "-" + z.stage() + " (" + year(a.year()) + "-" + year(z.year()) + ")");
            k = j + 1;
        }
        return String.join(", ", out);
    }

    /** What would make a schedule exist. */
    public static List<String> change(PhaseResult r) {
        List<String> out = new ArrayList<>();
        SmallestChange c = r.change();
        if (c == null) {
            return out;
        }
        if (c.reordering() != null) {
            out.add("A reordering of the same stages holds (smallest margin " + pts(Math.max(0,
                    c.reordering().minSlack())) + " a year): " + String.join("; ", moves(c.reordering())) + ".");
            return out;
        }
        if (!r.designed() && r.design() != null) {
            out.add(r.design().verdict() == PhaseVerdict.NO_SCHEDULE_EXISTS
                    ? "No reordering of these stages can hold: no schedule with these years keeps every party at "
                    + "least as well off continuing as defecting."
                    : "No reordering of these stages that holds was found (none could be ruled out either).");
        }
        for (Hostage h : c.hostages()) {
            out.add(hostage(h));
        }
        PhaseablePackage p = c.nearestPackage();
        if (p != null && p.exists()) {
            List<String> terms = new ArrayList<>();
            for (String issue : p.changed()) {
                terms.add(issue + " " + num(p.terms().get(issue), 1));
            }
            out.add("The nearest package every veto party accepts that can be phased in the same stages: "
                    + String.join(", ", terms) + " (the rest as in " + r.packageId() + "; " + num(p.distance(), 1)
                    + " points of change on 0-100 scales, summed over issues).");
        } else if (p != null) {
            out.add("No package that moves any issue from the start toward " + r.packageId() + " can be both "
                    + "accepted by every veto party and phased in " + r.stages() + " stages.");
        }
        return out;
    }

    private static String hostage(Hostage h) {
        String base = "A hostage for " + h.actor() + ": a revocable benefit worth at least " + shortfall(h.flow())
                + " a year to it, kept at stake until stage " + h.untilStage() + " (" + year(h.untilYear()) + ")";
        List<HostageTerm> fits = h.terms().stream().filter(HostageTerm::suffices).toList();
        if (!fits.isEmpty()) {
            HostageTerm t = fits.get(0);
            return base + ", e.g. " + num(t.needed(), 1) + " more units of " + t.issue() + " beyond the package, "
                    + "revocable by " + String.join(" and ", t.concededBy()) + ".";
        }
        if (!h.terms().isEmpty()) {
            HostageTerm t = h.terms().stream().max(Comparator.comparingDouble(x -> x.room() * x.perUnit()))
                    .orElseThrow();
            return base + ": more than the scenario's reversible terms can carry (" + t.issue() + " would need "
                    + num(t.needed(), 1) + " more units; " + num(t.room(), 1) + " are left before " + h.actor()
                    + "'s ideal); an outside benefit (aid, trade access, escrowed payments) would have to make up "
                    + "the rest.";
        }
        return base + "; no reversible term of the scenario can carry it, so it would have to be an outside "
                + "benefit (aid, trade access, escrowed payments).";
    }

    /** Who moves first on what, in the schedule. */
    public static List<String> sequencing(ScheduleCheck s) {
        List<String> moves = moves(s);
        return moves.isEmpty() ? List.of() : List.of("Sequencing: " + String.join("; ", moves) + ".");
    }

    private static List<String> moves(ScheduleCheck s) {
        List<IssueTiming> order = new ArrayList<>(s.sequencing());
        order.sort(Comparator.comparingInt(IssueTiming::firstStage).thenComparingInt(IssueTiming::halfStage));
        List<String> out = new ArrayList<>();
        for (IssueTiming t : order) {
            String who = t.concededBy().isEmpty() ? "nobody in particular" : String.join(" and ", t.concededBy());
            String when = t.firstStage() == t.lastStage() ? "in one step in " + year(t.firstYear())
                    : "from " + year(t.firstYear()) + ", half-way by " + year(t.halfYear()) + ", done by "
                    + year(t.lastYear());
            out.add(who + " on " + t.issue() + " (" + num(t.from(), 1) + " to " + num(t.to(), 1) + ") " + when);
        }
        return out;
    }

    /** Powell's check in words; empty without a power path. */
    public static List<String> powerShift(PowerShiftCheck p) {
        if (p == null) {
            return List.of();
        }
        PowerStep b = p.steps().get(p.binding());
        String step = p.declining() + "'s chance of winning a war falls from " + num(b.pFrom(), 3) + " in "
                + year(b.fromYear()) + " to " + num(b.pTo(), 3) + " in " + year(b.toYear()) + "; the largest fall that "
                + "keeps the peace there is " + num(b.largestSafeDrop(), 3);
        if (p.peaceful()) {
            return List.of("Power shift (Powell 2006): no step makes war rational for " + p.declining()
                    + "; the tightest: " + step + ".");
        }
        List<String> years = new ArrayList<>();
        for (int k : p.warRisks()) {
            years.add(year(p.steps().get(k).fromYear()) + "-" + year(p.steps().get(k).toYear()));
        }
        return List.of("Power shift (Powell 2006): war becomes rational for " + p.declining() + " at "
                + String.join(", ", years) + ", because the rising side cannot promise to compensate it later; the "
                + "worst step: " + step + ". Phase the clauses that shift power more slowly there.");
    }

    private static PartyStake stake(PhaseResult r, String actor) {
        return r.stakes().stream().filter(s -> s.actor().equals(actor)).findFirst().orElse(null);
    }

    private static String at(Incentive i) {
        return "stage " + i.stage() + " (" + year(i.year()) + ")";
    }

    /** A year as the sentences and tables print it: 2025, or 2025.5 within a year. */
    public static String year(double y) {
        return num(y, 1);
    }

    /** Utility points, rounded to 0.1 (to 0.001 below 0.1); below 0.0005 in size, 0. */
    private static String pts(double x) {
        double v = Math.abs(x) < 0.0005 ? 0 : x;
        return num(v, Math.abs(v) >= 0.1 || v == 0 ? 1 : 3) + " point" + (Math.abs(v) == 1 ? "" : "s");
    }

    /** A positive amount that matters even when tiny (a shortfall, a hostage): never rounded to 0. */
    private static String shortfall(double x) {
        return x > 0 && x < 0.0005 ? "less than 0.001 points" : pts(x);
    }
}
