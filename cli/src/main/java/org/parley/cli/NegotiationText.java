package org.parley.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parley.core.negotiation.session.Landscape;
import org.parley.core.negotiation.session.LandscapeRow;
import org.parley.core.negotiation.session.SessionResult;
import org.parley.core.negotiation.session.SessionStatements;
import org.parley.core.negotiation.session.TraceEvent;
import org.parley.core.negotiation.tournament.DomainSummary;
import org.parley.core.negotiation.tournament.NegotiatorSummary;
import org.parley.core.negotiation.tournament.Statistic;
import org.parley.core.negotiation.tournament.TournamentResult;
import org.parley.core.negotiation.tournament.TournamentStatements;
import org.parley.core.scenario.ScenarioValidator;

/** The text views of sessions, landscapes and tournaments: the core's sentences, then tables (rounded here). */
final class NegotiationText {

    private NegotiationText() {
    }

    private static String num(Double x, int decimals) {
        return x == null ? "-" : ScenarioValidator.num(x, decimals);
    }

    /** A session: its sentences, and with {@code trace} every action with every party's utility of the bid. */
    static String session(SessionResult r, boolean trace) {
        StringBuilder b = new StringBuilder();
        SessionStatements.of(r).forEach(s -> b.append(s).append('\n'));
        r.reference().notes().forEach(n -> b.append("Note: ").append(n).append('\n'));
        if (trace && r.trace() != null) {
            b.append('\n').append(trace(r));
        }
        return b.toString();
    }

    /** The trace as a table. */
    static String trace(SessionResult r) {
        int d = r.reference().decimals();
        List<String> header = new ArrayList<>(List.of("round", "party", "action", "t"));
        r.parties().forEach(p -> header.add("u " + p));
        header.add("bid");
        TextTable t = new TextTable(header);
        for (TraceEvent e : r.trace()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(e.round()), e.party(),
                    e.action().name().toLowerCase(java.util.Locale.ROOT), ScenarioValidator.num(e.time(), 2)));
            for (String p : r.parties()) {
                row.add(e.utilities() == null ? "" : num(e.utilities().get(p), d));
            }
            row.add(e.bid() == null ? "" : String.join(" / ", e.bid().values()));
            t.row(row);
        }
        return "Trace (utilities of each bid to every party)\n" + t;
    }

    /** Every assignment of tactics: outcome, utilities, zone, distances, nearest package. */
    static String landscape(Landscape l) {
        int d = l.reference().decimals();
        StringBuilder b = new StringBuilder();
        l.statements().forEach(s -> b.append(s).append('\n'));
        List<String> header = new ArrayList<>(l.parties());
        header.addAll(List.of("agreed", "round"));
        l.parties().forEach(p -> header.add("u " + p));
        header.addAll(List.of("in zone", "to Nash", "to frontier", "nearest package"));
        TextTable t = new TextTable(header);
        for (LandscapeRow r : l.rows()) {
            List<String> row = new ArrayList<>(r.negotiators());
            row.add(r.agreement() ? "yes" : "no");
            row.add(Integer.toString(r.rounds()));
            l.parties().forEach(p -> row.add(num(r.utilities().get(p), d)));
            row.add(r.inZone() ? "yes" : "no");
            row.add(num(r.nashDistance(), d + 1));
            row.add(num(r.paretoDistance(), d + 1));
            row.add(r.nearestPackage() == null ? "-" : r.nearestPackage() + " (" + num(r.nearestGap(), 1) + "%)");
            t.row(row);
        }
        return b.append('\n').append(t).toString();
    }

    /** A tournament: its sentences, the negotiators ranked by mean utility, and the domains. */
    static String tournament(TournamentResult r) {
        StringBuilder b = new StringBuilder();
        TournamentStatements.of(r).forEach(s -> b.append(s).append('\n'));
        int d = TournamentStatements.decimals(r);
        TextTable t = new TextTable(List.of("negotiator", "sessions", "agreed", "utility", "sd", "as opener",
                "other roles", "welfare", "to frontier", "to Nash", "rounds"));
        List<NegotiatorSummary> ranked = new ArrayList<>(r.perNegotiator());
        ranked.sort(Comparator.comparing((NegotiatorSummary s) -> s.utility().mean() == null ? Double.NEGATIVE_INFINITY
                : s.utility().mean()).reversed());
        for (NegotiatorSummary s : ranked) {
            t.row(List.of(s.negotiator(), Long.toString(s.sessions()), pct(s.agreementRate()), mean(s.utility(), d),
                    num(s.utility().sd(), d), mean(s.utilityFirstMover(), d), mean(s.utilityOtherRoles(), d),
                    mean(s.socialWelfare(), d), mean(s.paretoDistance(), d + 1), mean(s.nashDistance(), d + 1),
                    mean(s.rounds(), 1)));
        }
        b.append('\n').append(t);
        TextTable dt = new TextTable(List.of("domain", "outcomes", "frontier", "sessions", "agreed", "welfare",
                "to frontier", "to Nash", "rounds"));
        for (DomainSummary s : r.perDomain()) {
            dt.row(List.of(s.domain(), String.valueOf(s.reference().outcomes()),
                    s.reference().frontierPoints() == null ? "-" : s.reference().frontierPoints().toString(),
                    Long.toString(s.sessions()), pct(s.agreementRate()), mean(s.socialWelfare(), d),
                    mean(s.paretoDistance(), d + 1), mean(s.nashDistance(), d + 1), mean(s.rounds(), 1)));
        }
        return b.append('\n').append(dt).toString();
    }

    private static String mean(Statistic s, int decimals) {
        return num(s.mean(), decimals);
    }

    private static String pct(double rate) {
        return ScenarioValidator.num(100 * rate, 1) + "%";
    }
}
