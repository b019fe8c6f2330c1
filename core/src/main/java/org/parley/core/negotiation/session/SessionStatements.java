package org.parley.core.negotiation.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.core.negotiation.protocol.Termination;
import org.parley.core.scenario.ScenarioValidator;
import org.parley.core.text.Words;

/**
 * A session in plain words, one sentence per line: who negotiated how, how it ended, where the outcome lies
 * against the Pareto frontier, the Nash point and the zone of agreement, and, on a Parley scenario, against the
 * packages. Numbers are rounded here (3 decimals on a 0..1 scale, 1 on 0..100); the result keeps full precision.
 */
public final class SessionStatements {

    private SessionStatements() {
    }

    /** The sentences about {@code r}. */
    public static List<String> of(SessionResult r) {
        List<String> out = new ArrayList<>();
        int decimals = r.reference().decimals();
        List<String> who = new ArrayList<>();
        for (int i = 0; i < r.parties().size(); i++) {
            who.add(r.parties().get(i) + " (" + r.negotiators().get(i) + ")");
        }
        out.add(Words.and(who) + " negotiated on " + r.domain() + " under " + r.protocol().toUpperCase(Locale.ROOT)
                + ", deadline " + r.deadline().describe() + ", seed " + r.seed() + "; " + r.parties().get(0)
                + " opened.");
        if (r.agreement()) {
            out.add("Agreement in round " + r.rounds() + " (t = " + ScenarioValidator.num(r.time(), 2) + "): "
                    + terms(r.bid()) + ".");
            out.add("Utilities: " + utilities(r.utilities(), decimals) + (r.utilities().equals(
                    r.discountedUtilities()) ? "" : "; discounted: " + utilities(r.discountedUtilities(), decimals))
                    + ".");
        } else if (r.termination() == Termination.DEADLINE) {
            out.add("No agreement: the deadline of " + r.deadline().describe() + " passed; every party gets its "
                    + "reservation value (" + utilities(r.utilities(), decimals) + ").");
        } else {
            out.add("No agreement: " + r.reason() + " in round " + r.rounds() + "; every party gets its "
                    + "reservation value (" + utilities(r.utilities(), decimals) + ").");
        }
        SessionMetrics m = r.metrics();
        if (m.paretoDistance() != null) {
            String where = Boolean.TRUE.equals(m.paretoOptimal()) ? "on the Pareto frontier"
                    : ScenarioValidator.num(m.paretoDistance(), decimals + 1) + " from the Pareto frontier";
            String nash = m.nashDistance() == null ? "" : ", " + ScenarioValidator.num(m.nashDistance(), decimals + 1)
                    + " from the Nash point (" + point(r, "nash", decimals) + ")";
            out.add("The " + (r.agreement() ? "agreement" : "outcome") + " lies " + where + nash
                    + "; social welfare " + ScenarioValidator.num(m.socialWelfare(), decimals) + ".");
        } else {
            out.add("Social welfare " + ScenarioValidator.num(m.socialWelfare(), decimals)
                    + "; no distances (the Pareto frontier was not computed).");
        }
        if (r.agreement()) {
            List<String> below = m.belowReservation();
            out.add(m.inZone() ? "Inside the zone of agreement: every party gets at least its reservation value."
                    : "Outside the zone of agreement: " + Words.and(below) + (below.size() == 1 ? " gets" : " get")
                    + " less than " + (below.size() == 1 ? "its" : "their") + " reservation value.");
        }
        if (r.landing() != null) {
            out.addAll(landing(r.landing()));
        }
        return out;
    }

    private static List<String> landing(Landing l) {
        List<String> out = new ArrayList<>();
        if (l.outcome() == null) {
            return out;
        }
        if (!l.words().isEmpty()) {
            List<String> parts = new ArrayList<>();
            l.words().forEach((k, v) -> parts.add(k + " " + v));
            out.add("In the scenario's words: " + String.join("; ", parts) + ".");
        }
        if (l.nashGap() != null) {
            out.add("The grid's Nash point (" + numbers(l.nash()) + ") is " + ScenarioValidator.num(l.nashGap(), 1)
                    + "% of each scale away on average.");
        }
        for (PackageComparison p : l.packages()) {
            String head = (p.id().equals(l.nearestPackage()) ? "Nearest package: " : "Package ") + p.id() + " ("
                    + ScenarioValidator.num(p.gap(), 1) + "% of each scale apart on average)";
            List<String> parts = new ArrayList<>();
            if (!p.preferAgreement().isEmpty()) {
                parts.add(Words.and(p.preferAgreement()) + (p.preferAgreement().size() == 1 ? " prefers" : " prefer")
                        + " the agreement");
            }
            if (!p.preferPackage().isEmpty()) {
                parts.add(Words.and(p.preferPackage()) + (p.preferPackage().size() == 1 ? " prefers" : " prefer")
                        + " the package");
            }
            out.add(head + (parts.isEmpty() ? ": every party is indifferent." : ": " + String.join(", ", parts)
                    + "."));
        }
        return out;
    }

    private static String point(SessionResult r, String solution, int decimals) {
        List<Double> p = r.reference().solutions().get(solution);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            parts.add(r.parties().get(i) + " " + ScenarioValidator.num(p.get(i), decimals));
        }
        return String.join(", ", parts);
    }

    private static String utilities(Map<String, Double> u, int decimals) {
        List<String> parts = new ArrayList<>();
        u.forEach((k, v) -> parts.add(k + " " + ScenarioValidator.num(v, decimals)));
        return String.join(", ", parts);
    }

    private static String terms(Map<String, String> bid) {
        List<String> parts = new ArrayList<>();
        bid.forEach((k, v) -> parts.add(k + " = " + v));
        return String.join(", ", parts);
    }

    private static String numbers(Map<String, Double> x) {
        List<String> parts = new ArrayList<>();
        x.forEach((k, v) -> parts.add(k + " " + ScenarioValidator.num(v, 1)));
        return String.join(", ", parts);
    }

}
