package org.parley.core.verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.core.deals.PackageVerdict;
import org.parley.core.deals.Repair;
import org.parley.core.scenario.Scenario;
import org.parley.core.text.Decimals;
import org.parley.core.text.Words;
import org.parley.core.uncertainty.UncertaintyDigest;
import org.parley.core.uncertainty.SensitivityAnalysis;
import org.parley.core.uncertainty.UncertaintyWords;

/** The verdict's sentences, each built from the typed results it states. */
final class VerdictWords {

    private VerdictWords() {
    }

    static String actor(Scenario s, String id) {
        return s.actor(id).map(a -> a.label().equals(id) ? id : a.label() + " (" + id + ")").orElse(id);
    }

    static String value(Scenario s, String issue, double x) {
        double span = s.issue(issue).map(i -> i.scale().range()).orElse(100.0);
        return Decimals.upTo(x, (int) Math.max(0, -Math.floor(Math.log10(Rounding.step(span)))));
    }


    static String points(double x) {
        return Decimals.fixed(Math.abs(x), 1);
    }

    /**
     * How sure the verdict is, from the uncertainty digest: each forecast's 80 % interval, each package's chance that
     * every veto party accepts it, and the judgements that matter most with their break-even values.
     */
    static String howSure(Scenario s, UncertaintyDigest d) {
        StringBuilder b = new StringBuilder("How sure (" + d.draws() + " draws of the judgements"
                + (s.uncertainty().varies() ? " as the scenario's uncertainty section gives them"
                : ", each +-" + UncertaintyWords.percent(SensitivityAnalysis.DEFAULT_SPREAD))
                + ", " + d.model() + " model, seed " + d.seed() + "): ");
        List<String> intervals = new ArrayList<>();
        d.forecasts().forEach(f -> intervals.add(f.issue() + " " + value(s, f.issue(), f.p80().low()) + " to "
                + value(s, f.issue(), f.p80().high())));
        b.append("80 % of the ").append(d.model()).append(" forecasts fall within ").append(String.join(", ", intervals)).append(". ");
        List<String> chances = new ArrayList<>();
        d.packages().forEach(p -> chances.add((p.name() == null ? p.id() : p.name()) + " "
                + UncertaintyWords.percent(p.allAccept())));
        if (!chances.isEmpty()) {
            b.append("Chance that every veto party accepts: ").append(String.join(", ", chances)).append(". ");
        }
        if (d.zone() != null) {
            b.append("The zone of agreement is non-empty in ").append(UncertaintyWords.percent(d.zone().nonEmpty()))
                    .append(" of draws. ");
        }
        if (!d.judgements().isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (var j : d.judgements()) {
                parts.add(UncertaintyWords.judgement(j));
            }
            b.append("The judgements that matter most: ").append(String.join(" ", parts));
        }
        return b.toString().trim();
    }

    /** The first sentence: how many packages pass, among which veto parties. */
    static String overview(Scenario s, List<PackageAssessment> packages, int[] veto) {
        List<String> parties = new ArrayList<>();
        for (int k : veto) {
            parties.add(s.actors().get(k).id());
        }
        List<String> passing = packages.stream().filter(PackageAssessment::passes).map(PackageAssessment::label)
                .toList();
        String among = "the parties whose signature a deal needs (" + Words.and(parties) + ")";
        int n = packages.size();
        if (passing.isEmpty()) {
            return (n == 1 ? "The package does not pass: it is blocked by at least one of "
                    : "None of the " + n + " packages passes: each is blocked by at least one of ") + among + ".";
        }
        return passing.size() + " of " + n + (n == 1 ? " package passes" : " packages pass") + " (accepted by all "
                + among + "): " + Words.and(passing) + ".";
    }

    /** The sentences on one package. */
    static List<String> pkg(Scenario s, PackageVerdict v, List<Shortfall> blockers, List<Shortfall> others,
                            IssueFix single, IssueFix fewest, List<Hinge> hinges, double[] weights,
                            double fragile) {
        List<String> out = new ArrayList<>();
        String name = v.label();
        if (blockers.isEmpty()) {
            Shortfall closest = null;
            for (var e : v.margins().entrySet()) {
                if (s.actor(e.getKey()).orElseThrow().veto() && (closest == null || e.getValue() < closest.margin())) {
                    closest = new Shortfall(e.getKey(), v.utilities().get(e.getKey()),
                            v.utilities().get(e.getKey()) - e.getValue(), e.getValue());
                }
            }
            out.add(name + " passes: every veto party accepts it" + (closest == null ? "."
                    : " (the closest is " + actor(s, closest.actor()) + ", " + points(closest.margin())
                      + " points above its no-deal value)."));
        } else {
            List<String> parts = new ArrayList<>();
            for (Shortfall b : blockers) {
                parts.add(actor(s, b.actor()) + " rejects it, " + points(b.margin()) + " points below its no-deal value "
                        + "(utility " + Decimals.fixed(b.utility(), 1) + " against " + Decimals.fixed(b.reservation(), 1)
                        + ")");
            }
            out.add(name + " is blocked: " + String.join("; ", parts) + ".");
        }
        if (!others.isEmpty()) {
            List<String> who = new ArrayList<>();
            List<String> by = new ArrayList<>();
            others.forEach(o -> {
                who.add(actor(s, o.actor()));
                by.add(points(o.margin()));
            });
            out.add("Without a veto, " + Words.and(who) + (others.size() == 1 ? " also rejects" : " also reject")
                    + " it (by " + Words.and(by) + " points).");
        }
        if (!blockers.isEmpty()) {
            out.add(fixWords(s, v, single, fewest, weights));
        }
        if (!hinges.isEmpty()) {
            out.add(hingeWords(s, v, hinges, fragile));
        }
        return out;
    }

    private static String fixWords(Scenario s, PackageVerdict v, IssueFix single, IssueFix fewest, double[] weights) {
        Repair r = v.repair();
        StringBuilder b = new StringBuilder();
        if (single != null) {
            String issue = single.issues().get(0);
            double from = single.from().get(issue);
            double to = single.to().get(issue);
            String words = s.issue(issue).map(i -> i.describe(to)).orElse("");
            b.append("Cheapest fix: it passes if ").append(issue).append(to > from ? " rises" : " falls")
                    .append(" from ").append(value(s, issue, from)).append(" to ").append(value(s, issue, to))
                    .append(words.isEmpty() ? "" : " (" + words + ")").append(", every other term unchanged");
            b.append(single.stillRejecting().isEmpty() ? " (then every actor accepts it)."
                    : " (" + String.join(", ", single.stillRejecting()) + " would still reject it, without a veto).");
        } else if (fewest != null) {
            List<String> moves = new ArrayList<>();
            for (String issue : fewest.issues()) {
                moves.add(issue + " " + value(s, issue, fewest.from().get(issue)) + " -> "
                        + value(s, issue, fewest.to().get(issue)));
            }
            b.append("No single term can bring every veto party in; changing ").append(fewest.issues().size())
                    .append(" terms can, at the least: ").append(String.join(", ", moves)).append(" (distance ")
                    .append(Decimals.fixed(fewest.distance(), 1)).append(fewest.stillRejecting().isEmpty()
                            ? "; then every actor accepts it)." : "; " + String.join(", ", fewest.stillRejecting())
                            + " would still reject it, without a veto).");
        } else if (r != null && r.exists()) {
            b.append("No single term can bring every veto party in.");
        }
        if (r != null && r.exists()) {
            List<String> moves = new ArrayList<>();
            for (String issue : r.changed()) {
                moves.add(issue + " " + value(s, issue, v.outcome().get(issue)) + " -> "
                        + value(s, issue, r.outcome().get(issue)));
            }
            b.append(b.length() == 0 ? "" : " ").append("The nearest variant every veto party accepts changes ")
                    .append(r.changed().size()).append(r.changed().size() == 1 ? " term" : " terms").append(": ")
                    .append(String.join(", ", moves)).append(" (distance ").append(Decimals.fixed(r.distance(), 1))
                    .append(": the square root of the summed squared changes, each issue's scale counted as 0-100 "
                            + "points, ").append(weightWords(s, weights)).append(").");
        } else if (r != null) {
            b.append(b.length() == 0 ? "" : " ").append("No package at all satisfies every veto party: ")
                    .append(r.statement()).append('.');
        }
        return b.toString();
    }

    private static String weightWords(Scenario s, double[] weights) {
        boolean equal = true;
        for (double w : weights) {
            equal &= w == weights[0];
        }
        if (equal) {
            return "every issue weighted " + Decimals.upTo(weights[0], 3);
        }
        List<String> parts = new ArrayList<>();
        for (int d = 0; d < weights.length; d++) {
            parts.add(s.issues().get(d).id() + " " + Decimals.upTo(weights[d], 3));
        }
        return "issues weighted " + String.join(", ", parts);
    }

    private static String hingeWords(Scenario s, PackageVerdict v, List<Hinge> hinges, double fragile) {
        List<String> parts = new ArrayList<>();
        String lead = null;
        for (Hinge h : hinges) {
            String who = actor(s, h.actor());
            boolean rising = h.breakEven() > h.now();
            if (lead == null) {
                double margin = v.margins().get(h.actor());
                lead = "The verdict is close (under " + Decimals.upTo(fragile, 1) + " points): " + who
                        + (margin < 0 ? " rejects it by only " : " accepts it by only ") + points(margin) + " points. ";
            }
            String verb = h.flipsTo().equals("passes") ? "it passes" : "it fails";
            if (h.judgement().equals("reservation")) {
                parts.add(verb + " if " + h.actor() + "'s no-deal value " + (rising ? "rises to " : "falls to ")
                        + Decimals.fixed(h.breakEven(), 1) + (rising ? " or more" : " or less") + " (now "
                        + Decimals.upTo(h.now(), 1) + ")");
            } else {
                parts.add(verb + " if " + h.actor() + "'s salience on " + h.issue() + (rising ? " rises to "
                        : " falls to ") + Decimals.fixed(h.breakEven(), 1) + (rising ? " or more" : " or less")
                        + " (now " + Decimals.upTo(h.now(), 1) + ")");
            }
        }
        return lead + "It hinges on these judgements: " + String.join("; ", parts) + ".";
    }

    /** The forecasts' agreement in words. */
    static List<String> forecasts(List<IssueSpread> spreads, double agreement, int models) {
        List<String> out = new ArrayList<>();
        List<String> agree = new ArrayList<>();
        List<String> wide = new ArrayList<>();
        for (IssueSpread sp : spreads) {
            if (sp.agree()) {
                agree.add(sp.issue());
            } else {
                String ends = sp.lowModel().equals(sp.highModel())
                        ? Decimals.fixed(sp.low(), 1) + " to " + Decimals.fixed(sp.high(), 1) + ", the range "
                                + sp.lowModel() + " kept moving in"
                        : Decimals.fixed(sp.low(), 1) + " by " + end(sp, sp.lowModel()) + " to "
                                + Decimals.fixed(sp.high(), 1) + " by " + end(sp, sp.highModel());
                wide.add(sp.issue() + " (" + ends + ", " + Decimals.percent(sp.spread(), 0) + " of the scale)");
            }
        }
        String pct = Decimals.percent(agreement, 0);
        StringBuilder b = new StringBuilder("Forecasts: ");
        if (!agree.isEmpty()) {
            b.append("the ").append(models).append(" models agree within ").append(pct).append(" of the scale on ")
                    .append(String.join(", ", agree)).append(wide.isEmpty() ? "." : "; ");
        }
        if (!wide.isEmpty()) {
            b.append(agree.isEmpty() ? "the " + models + " models " : "they ").append("spread widely on ")
                    .append(String.join(", ", wide)).append(". A wide spread means the outcome depends on which "
                            + "bargaining process one believes: compromise and median weigh capability and salience "
                            + "only, BDM simulates challenges between pairs, exchange lets actors trade positions "
                            + "across issues, and SMP simulates KTAB's bargaining; treat such an issue's forecast "
                            + "as the range, not a point.");
        }
        out.add(b.toString());
        List<String> notSettled = new ArrayList<>();
        for (IssueSpread sp : spreads) {
            for (String m : sp.unsettled()) {
                notSettled.add(m + " on " + sp.issue());
            }
        }
        if (!notSettled.isEmpty()) {
            out.add("Not settled (shown as ranges, not points): " + String.join(", ", notSettled) + ".");
        }
        return out;
    }

    private static String end(IssueSpread sp, String model) {
        return sp.unsettled().contains(model) ? model + " (not settled)" : model;
    }

    /** The bargaining solution itself, in words. */
    static String solution(Scenario s, String name, Map<String, Double> outcome, Map<String, Double> utilities,
                           boolean inZone) {
        List<String> terms = new ArrayList<>();
        outcome.forEach((issue, x) -> terms.add(issue + " " + value(s, issue, x)));
        List<String> us = new ArrayList<>();
        utilities.forEach((party, u) -> us.add(party + " " + Decimals.fixed(u, 1)));
        return "The " + name + ", the deal that maximises the product of the veto parties' gains over no deal, is "
                + String.join(", ", terms) + " (utilities " + String.join(", ", us) + ")"
                + (inZone ? ", inside the zone of agreement." : ".");
    }

    /** A bargaining solution against one package, in words. */
    static String contrast(Scenario s, String name, PackageVerdict v, List<TermShift> changes,
                           Map<String, Double> gains) {
        StringBuilder b = new StringBuilder("Against " + v.label() + ", the " + name);
        if (changes.isEmpty()) {
            b.append(" sets every term within 5% of the scale of the package's");
        } else {
            List<String> parts = new ArrayList<>();
            for (TermShift t : changes) {
                parts.add(t.issue() + " " + value(s, t.issue(), t.inSolution()) + " (package: "
                        + value(s, t.issue(), t.inPackage()) + ")");
            }
            b.append(" sets ").append(String.join(", ", parts));
        }
        List<String> won = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        gains.forEach((party, g) -> (g >= 0 ? won : lost).add(party + " " + points(g)));
        b.append(": ");
        if (!won.isEmpty()) {
            b.append(String.join(", ", won)).append(" gain").append(won.size() == 1 ? "s" : "");
        }
        if (!lost.isEmpty()) {
            b.append(won.isEmpty() ? "" : "; ").append(String.join(", ", lost)).append(" lose")
                    .append(lost.size() == 1 ? "s" : "");
        }
        return b.append(" (utility points).").toString();
    }
}
