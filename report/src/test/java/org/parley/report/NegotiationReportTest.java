package org.parley.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.parley.core.negotiation.Deadline;
import org.parley.core.negotiation.party.Action;
import org.parley.core.negotiation.party.NegotiatorSpec;
import org.parley.core.negotiation.party.Negotiators;
import org.parley.core.negotiation.protocol.Protocols;
import org.parley.core.negotiation.session.Session;
import org.parley.core.negotiation.session.SessionResult;
import org.parley.core.negotiation.session.SessionStatements;
import org.parley.core.negotiation.session.Setting;
import org.parley.core.negotiation.session.SettingOptions;
import org.parley.core.negotiation.session.TraceEvent;
import org.parley.report.chart.Axis;
import org.parley.report.chart.Box;
import org.parley.report.chart.Chart;
import org.parley.report.chart.PairChart;
import org.parley.report.chart.PlotPanels;
import org.parley.report.chart.TextBoxes;

/**
 * The report of a negotiation session on the flagship (USA Boulware, RUS Conceder, UKR Linear under SAOP): the
 * findings are SessionStatements' sentences, each party's trace runs through the utilities of its own offers, the
 * agreement is marked in every chart, and each pair of veto parties sees the frontier, the zone, the Nash point and
 * the packages; a session without agreement says so and marks none.
 */
class NegotiationReportTest {

    private static final Setting SETTING = Setting.of(Flagship.scenario(), 11, List.of(),
            SettingOptions.defaults(100));

    private static SessionResult session(String agents, int rounds) {
        List<NegotiatorSpec> specs = new ArrayList<>();
        for (String a : Negotiators.split(agents)) {
            specs.add(Negotiators.builtIn().parse(a));
        }
        return Session.run(SETTING, Protocols.byName("saop").orElseThrow(), specs, new Deadline(rounds, 0), 1, true,
                () -> 0L);
    }

    private static final SessionResult AGREED = session("boulware,conceder,linear", 100);

    /** The flagship's veto parties, USA Boulware, RUS Conceder, UKR Linear, under SAOP for 100 rounds. */
    static SessionResult flagshipSession() {
        return AGREED;
    }
    private static final Report REPORT = Report.of(new NegotiationInput(AGREED, Flagship.scenario(), null, null));
    private static final Document DOC = Jsoup.parse(REPORT.html());

    @Test
    void the_findings_are_the_sessions_sentences_and_every_chart_keeps_its_texts_apart() {
        assertThat(AGREED.agreement()).isTrue();
        assertThat(DOC.select("section#session .verdict p").eachText()).containsExactlyElementsOf(
                SessionStatements.of(AGREED));
        assertThat(DOC.select("body > section").eachAttr("id")).containsExactly("session", "traces", "deal-space");
        assertThat(REPORT.charts()).extracting(Chart::id).containsExactly("utility-traces", "session-usa-rus",
                "session-usa-ukr", "session-rus-ukr");
        assertThat(REPORT.html()).isEqualTo(Report.of(new NegotiationInput(AGREED, Flagship.scenario(), null,
                null)).html());
        REPORT.charts().forEach(c -> TextBoxes.assertApartAndInside(c, c.id()));
    }

    @Test
    void each_trace_runs_through_the_utilities_of_the_partys_own_offers_and_the_agreement_is_starred() {
        PlotPanels chart = (PlotPanels) REPORT.charts().get(0);
        Box plot = chart.plot(0);
        PlotPanels.Panel p = chart.panels().get(0);
        Axis x = new Axis(p.xMin(), p.xMax(), plot.x(), plot.right());
        Axis y = new Axis(p.yMin(), p.yMax(), plot.bottom(), plot.y());
        assertThat(p.xMax()).isEqualTo(100);
        List<double[]> lines = TextBoxes.of(chart).polylines;
        assertThat(lines).hasSize(3);
        for (int k = 0; k < 3; k++) {
            String party = AGREED.parties().get(k);
            List<TraceEvent> own = AGREED.trace().stream().filter(e -> e.party().equals(party)
                    && e.action() == Action.Kind.OFFER).toList();
            double[] line = lines.get(k);
            assertThat(line).hasSize(2 * own.size());
            for (int i = 0; i < own.size(); i++) {
                assertThat(line[2 * i]).isCloseTo(x.at(own.get(i).round() + 1), within(1e-9));
                assertThat(line[2 * i + 1]).isCloseTo(y.at(own.get(i).utilities().get(party)), within(1e-9));
            }
        }
        assertThat(p.marks()).extracting(m -> m.label()).containsExactly("USA 83.6", "RUS 45.7", "UKR 57.7");
        assertThat(p.marks()).allSatisfy(m -> assertThat(m.x()).isEqualTo(85));
        List<String> texts = TextBoxes.of(chart).texts.stream().map(TextBoxes.Placed::text).toList();
        for (String label : List.of("USA 83.6", "RUS 45.7", "UKR 57.7")) {
            assertThat(texts.contains(label) || texts.stream().anyMatch(t -> t.endsWith(" = " + label)))
                    .as(label).isTrue();
        }
        assertThat(DOC.select("table.traces tbody tr").get(0).select("td").eachText())
                .containsExactly("USA", "boulware", "99.3", "83.6", "83.6", "61.7");
    }

    @Test
    void each_pair_of_parties_sees_the_frontier_the_zone_the_solutions_the_packages_and_the_agreement() {
        for (Element svg : DOC.select("svg[id^=svg-session-]")) {
            assertThat(svg.select("g.zone polygon")).as(svg.id()).hasSize(1);
            assertThat(svg.select("g.frontier polyline")).hasSize(1);
            assertThat(svg.select("g.points polygon, g.points circle").size()).as(svg.id()).isEqualTo(3 + 3 + 1);
        }
        for (Chart c : REPORT.charts().subList(1, 4)) {
            PairChart pair = (PairChart) c;
            String a = pair.id().split("-")[1].toUpperCase();
            String b = pair.id().split("-")[2].toUpperCase();
            var star = pair.points().stream().filter(m -> m.label().equals("agreement")).findFirst().orElseThrow();
            assertThat(star.x()).isEqualTo(AGREED.utilities().get(a));
            assertThat(star.y()).isEqualTo(AGREED.utilities().get(b));
            var nash = pair.points().stream().filter(m -> m.label().equals("Nash")).findFirst().orElseThrow();
            List<String> parties = AGREED.reference().parties();
            assertThat(nash.x()).isEqualTo(AGREED.reference().solutions().get("nash").get(parties.indexOf(a)));
            List<String> texts = TextBoxes.of(pair).texts.stream().map(TextBoxes.Placed::text).toList();
            assertThat(texts.contains("agreement") || texts.stream().anyMatch(t -> t.endsWith(" = agreement")))
                    .isTrue();
            assertThat(pair.xReservation()).isEqualTo(Flagship.scenario().actor(a).orElseThrow().reservation());
        }
    }

    @Test
    void a_session_without_agreement_says_so_and_marks_no_agreement() {
        SessionResult none = session("hardliner,hardliner,hardliner", 5);
        assertThat(none.agreement()).isFalse();
        Report r = Report.of(new NegotiationInput(none, Flagship.scenario(), null, null));
        Document doc = Jsoup.parse(r.html());
        assertThat(doc.selectFirst("#fig-utility-traces figcaption").text()).endsWith("no agreement was reached");
        assertThat(((PlotPanels) r.charts().get(0)).panels().get(0).marks()).isEmpty();
        assertThat(r.charts().subList(1, 4)).allSatisfy(c -> assertThat(((PairChart) c).points())
                .noneMatch(m -> m.label().equals("agreement")));
        assertThat(doc.select("section#session .verdict p").eachText()).anyMatch(t -> t.startsWith("No agreement"));
    }
}
