package org.parley.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.core.deals.PairCurve;
import org.parley.core.deals.PairFrontier;
import org.parley.core.negotiation.session.Landing;
import org.parley.core.negotiation.session.PackageComparison;
import org.parley.core.negotiation.session.Reference;
import org.parley.core.negotiation.session.SessionResult;
import org.parley.core.scenario.Actor;
import org.parley.report.chart.Key;
import org.parley.report.chart.Marker;
import org.parley.report.chart.PairChart;
import org.parley.report.chart.Palette;
import org.parley.report.chart.PointMark;

/**
 * Where the session landed in the deal space, seen by each pair of parties (the same chart as the scenario report's
 * deal space): the Pareto frontier and the zone of agreement ({@link Reference#pairFrontiers()}), the reservation
 * values, the agreement, the Nash, Kalai-Smorodinsky and egalitarian points, and on a scenario its packages.
 */
final class SessionOutcomeSection implements Section<NegotiationInput> {

    /** The agreement's mark: a yellow star. */
    static final String AGREEMENT = "#F0E442";

    @Override
    public String id() {
        return "deal-space";
    }

    @Override
    public String title() {
        return "The outcome in the deal space";
    }

    @Override
    public boolean applies(NegotiationInput in) {
        return !in.session().reference().pairFrontiers().isEmpty();
    }

    @Override
    public void render(NegotiationInput in, Html out) {
        SessionResult r = in.session();
        Reference ref = r.reference();
        out.note("Each chart shows the deal space as two of the negotiating parties see it: their utilities on the "
                + "axes, the Pareto frontier of the " + ref.outcomes() + " outcomes in their plane (no outcome is "
                + "better for both), the zone of agreement shaded (what both can get while every party keeps at "
                + "least its reservation value), the reservation values dashed, "
                + (r.agreement() ? "the agreement (star)" : "no agreement") + ", the bargaining solutions (black)"
                + (r.landing() == null ? "" : " and the scenario's packages") + ".");
        out.raw("<div class=\"figures\">\n");
        for (PairFrontier f : ref.pairFrontiers()) {
            figure(in, f, out);
        }
        out.raw("</div>\n");
    }

    private static void figure(NegotiationInput in, PairFrontier f, Html out) {
        SessionResult r = in.session();
        Reference ref = r.reference();
        int a = ref.parties().indexOf(f.first());
        int b = ref.parties().indexOf(f.second());
        List<PointMark> points = new ArrayList<>();
        List<Key> keys = new ArrayList<>(List.of(Key.line(PairChart.FRONTIER, false, "Pareto frontier"),
                Key.area(PairChart.ZONE, null, "zone of agreement"), Key.line(Palette.MUTED, true,
                "reservation values")));
        Landing landing = r.landing();
        if (landing != null) {
            for (int k = 0; k < landing.packages().size(); k++) {
                PackageComparison p = landing.packages().get(k);
                Double x = p.utilities().get(f.first());
                Double y = p.utilities().get(f.second());
                if (x != null && y != null) {
                    points.add(new PointMark(p.id(), x, y, Marker.CIRCLE, Marks.pkg(k), Palette.INK));
                    keys.add(Key.mark(Marker.CIRCLE, Marks.pkg(k), Palette.INK, p.id()));
                }
            }
        }
        for (Map.Entry<String, List<Double>> s : ref.solutions().entrySet()) {
            points.add(new PointMark(Marks.solutionName(s.getKey()), s.getValue().get(a), s.getValue().get(b),
                    Marks.solution(s.getKey()), Palette.INK, null));
            keys.add(Key.mark(Marks.solution(s.getKey()), Palette.INK, null, Marks.solutionName(s.getKey())));
        }
        if (r.agreement()) {
            points.add(new PointMark("agreement", r.utilities().get(f.first()), r.utilities().get(f.second()),
                    Marker.STAR, AGREEMENT, Palette.INK));
            keys.add(Key.mark(Marker.STAR, AGREEMENT, Palette.INK, "agreement"));
        }
        String id = "session-" + ForecastSection.slug(f.first()) + "-" + ForecastSection.slug(f.second());
        out.figure(new PairChart(id, f.first() + " and " + f.second(), "Utility of " + name(in, f.first()),
                "Utility of " + name(in, f.second()), ref.reservationValues().get(a), ref.reservationValues().get(b),
                points(f.frontier()), points(f.zone()), List.of(), List.of(), points, keys, 0, ref.scale()),
                "The frontier and the zone over every outcome; the solutions with every party's reservation value as "
                + "the disagreement point");
    }

    private static String name(NegotiationInput in, String party) {
        if (in.scenario() == null) {
            return party;
        }
        return in.scenario().actor(party).map(Actor::label).map(l -> l + " (" + party + ")").orElse(party);
    }

    private static List<double[]> points(PairCurve c) {
        List<double[]> out = new ArrayList<>();
        for (int k = 0; k < c.size(); k++) {
            out.add(new double[] {c.first().get(k), c.second().get(k)});
        }
        return out;
    }
}
