package org.parley.core.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.ScenarioValidator;

/** The findings of sweeps, sensitivity analyses and advice in plain words, one sentence per finding. */
public final class UncertaintyWords {

    private UncertaintyWords() {
    }

    /** "TERR: 61.4 at the central values; 80 % of draws from 55.0 to 67.2 (95 %: 52.1 to 70.3)." */
    public static String interval(Scenario s, Sweep.IssueSpread f) {
        Issue issue = s.issue(f.issue()).orElse(null);
        String words = issue == null ? "" : issue.describe(f.median());
        return f.issue() + ": " + n(f.central()) + " at the central values; 80 % of draws from " + n(f.p80().low())
                + " to " + n(f.p80().high()) + " (95 %: " + n(f.p95().low()) + " to " + n(f.p95().high()) + ")"
                + (words.isEmpty() ? "" : "; median " + n(f.median()) + ", " + words) + ".";
    }

    /** "Grand bargain: accepted by every veto party in 0.3 % of draws (USA 100 %, RUS 0.3 %, UKR 99.8 %); ..." */
    public static String acceptance(Sweep.PackageChance p) {
        List<String> each = new ArrayList<>();
        for (Map.Entry<String, Double> e : p.accepts().entrySet()) {
            each.add(e.getKey() + " " + percent(e.getValue()));
        }
        return p.name() + " [" + p.id() + "]: accepted by every veto party in " + percent(p.allAccept())
                + " of draws (" + String.join(", ", each) + "); " + (p.centralAccepted() ? "accepted" : "blocked")
                + " at the central values.";
    }

    /** "The zone of agreement among the veto parties is non-empty in 12.5 % of draws (empty at the central values)." */
    public static String zone(Sweep.ZoneChance z) {
        return "The zone of agreement among the veto parties is non-empty in " + percent(z.nonEmpty())
                + " of draws (" + (z.centralNonEmpty() ? "non-empty" : "empty") + " at the central values).";
    }

    /** "actors.UKR.reservation (moves UKR's margin on partition by up to 9 points): partition flips from blocked ..." */
    public static String judgement(UncertaintyDigest.KeyJudgement j) {
        String[] on = j.output().split(" ");
        StringBuilder b = new StringBuilder(j.input() + " (moves " + on[2] + "'s margin on " + on[1] + " by up to "
                + n(j.swing()) + " points)");
        if (j.breakEvens().isEmpty()) {
            b.append(": no package verdict flips anywhere in its valid range.");
            return b.toString();
        }
        List<String> flips = new ArrayList<>();
        for (Sensitivity.BreakEven be : j.breakEvens()) {
            flips.add(breakEven(be));
        }
        return b.append(": ").append(String.join("; ", flips)).append('.').toString();
    }

    /** "partition flips from blocked to accepted at 42.6 (central 45, decided by UKR)". */
    public static String breakEven(Sensitivity.BreakEven be) {
        String to = be.centralAccepted() ? "accepted to blocked" : "blocked to accepted";
        List<String> at = new ArrayList<>();
        if (be.below() != null) {
            at.add("at " + n3(be.below()) + " below");
        }
        if (be.above() != null) {
            at.add("at " + n3(be.above()) + " above");
        }
        return be.packageId() + " flips from " + to + " " + String.join(" and ", at) + " (central " + n3(be.central())
                + ", decided by " + be.party() + ")";
    }

    /** "Persuade UKR to move TERR from 100 to 90: +1.2 utility (0.12 per point; closed form)." */
    public static String lever(Advice.Lever l) {
        String what = switch (l.kind()) {
            case OWN_POSITION -> "Advocate " + n3(l.to()) + " instead of " + n3(l.from()) + " on " + l.issue();
            case OWN_SALIENCE -> "Raise the salience of " + l.issue() + " from " + n3(l.from()) + " to " + n3(l.to());
            case PERSUADE -> "Persuade " + l.target() + " to move on " + l.issue() + " from " + n3(l.from()) + " to "
                    + n3(l.to());
            case PACKAGE_TERM -> "Change " + l.target() + "'s " + l.issue() + " term from " + n3(l.from()) + " to "
                    + n3(l.to());
        };
        String verdict = l.acceptedAfter() == null ? "" : l.acceptedAfter().equals(l.acceptedBefore())
                ? (l.acceptedAfter() ? "; still accepted by every veto party" : "; still blocked")
                : (l.acceptedAfter() ? "; now accepted by every veto party" : "; then blocked by a veto party");
        return what + ": +" + ScenarioValidator.num(l.effect(), 2) + " utility (" + ScenarioValidator.num(l.perPoint(), 3)
                + " per point; " + l.method() + ")" + verdict + ".";
    }

    private static String n(double x) {
        return ScenarioValidator.num(x, 1);
    }

    private static String n3(double x) {
        return ScenarioValidator.num(x, 3);
    }

    /** A probability as a percentage with at most one decimal: 0.25 -> "25 %", 0.003 -> "0.3 %". */
    public static String percent(double p) {
        return ScenarioValidator.num(100 * p, 1) + " %";
    }
}
