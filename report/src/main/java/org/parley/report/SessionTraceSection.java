package org.parley.report;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.negotiation.party.Action;
import org.parley.core.negotiation.session.Reference;
import org.parley.core.negotiation.session.SessionResult;
import org.parley.core.negotiation.session.TraceEvent;
import org.parley.core.text.Decimals;
import org.parley.report.chart.Key;
import org.parley.report.chart.Marker;
import org.parley.report.chart.Palette;
import org.parley.report.chart.PlotPanels;
import org.parley.report.chart.PointMark;

/**
 * Each party's utility trace: the utility to itself of every offer it made, round by round (its concession curve),
 * with its reservation value dashed and the agreement marked; and the same in a table (first offer, last offer,
 * agreement, reservation value).
 */
final class SessionTraceSection implements Section<NegotiationInput> {

    @Override
    public String id() {
        return "traces";
    }

    @Override
    public String title() {
        return "Utility traces";
    }

    @Override
    public boolean applies(NegotiationInput in) {
        return in.session().trace() != null && !in.session().trace().isEmpty();
    }

    @Override
    public void render(NegotiationInput in, Html out) {
        SessionResult r = in.session();
        Reference ref = r.reference();
        int decimals = ref.decimals();
        List<PlotPanels.Series> series = new ArrayList<>();
        List<PlotPanels.Rule> rules = new ArrayList<>();
        List<PointMark> marks = new ArrayList<>();
        List<Key> keys = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        int last = Math.max(1, r.deadline().rounds());
        for (TraceEvent e : r.trace()) {
            last = Math.max(last, e.round() + 1);
        }
        for (int k = 0; k < r.parties().size(); k++) {
            String party = r.parties().get(k);
            String colour = Palette.actor(k);
            List<TraceEvent> own = r.trace().stream().filter(e -> e.party().equals(party)
                    && e.action() == Action.Kind.OFFER && e.utilities() != null).toList();
            double[] xs = own.stream().mapToDouble(e -> e.round() + 1).toArray();
            double[] ys = own.stream().mapToDouble(e -> e.utilities().get(party)).toArray();
            series.add(new PlotPanels.Series(party, xs, ys, colour, 2, 0, PlotPanels.Style.LINE));
            keys.add(Key.line(colour, false, party + " (" + r.negotiators().get(k) + "): its offers"));
            double rv = ref.reservationValues().get(k);
            rules.add(new PlotPanels.Rule(PlotPanels.Direction.HORIZONTAL, rv, colour, 4));
            Double u = r.utilities().get(party);
            if (r.agreement() && u != null) {
                marks.add(new PointMark(party + " " + Decimals.fixed(u, decimals), r.rounds(), u, Marker.STAR,
                        colour, Palette.INK));
            }
            rows.add(List.of(Html.esc(party), Html.esc(r.negotiators().get(k)), cell(ys.length == 0 ? null : ys[0],
                    decimals), cell(ys.length == 0 ? null : ys[ys.length - 1], decimals),
                    cell(r.agreement() ? u : null, decimals), cell(rv, decimals)));
        }
        keys.add(Key.line(Palette.MUTED, true, "each party's reservation value (its colour, dashed)"));
        if (r.agreement()) {
            rules.add(new PlotPanels.Rule(PlotPanels.Direction.VERTICAL, r.rounds(), Palette.INK, 2));
            keys.add(Key.mark(Marker.STAR, Palette.MUTED, Palette.INK, "the agreement, round " + r.rounds()
                    + ": each party's utility"));
        }
        out.figure(new PlotPanels("utility-traces", "Each party's offers, round by round", List.of(
                new PlotPanels.Panel(null, 1, Math.max(2, last), 0, ref.scale(), "Utility to the offering party",
                        series, rules, marks)), 1, 720, 260, "Round", true, keys),
                "One line per party: the utility to itself of each offer it made (how far it conceded, and how "
                + "fast); dashed, its reservation value, below which it never needs to go"
                + (r.agreement() ? "; the stars give each party's utility of the agreement in round " + r.rounds()
                : "; no agreement was reached"));
        out.table("traces", List.of("party", "negotiator", "first offer", "last offer", "agreement",
                "reservation value"), rows);
    }

    private static String cell(Double x, int decimals) {
        return "<span class=\"num\">" + (x == null ? "-" : Decimals.fixed(x, decimals)) + "</span>";
    }
}
