package org.parley.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.parley.core.analysis.Analysis;
import org.parley.core.deals.DealSpaceWords;
import org.parley.core.deals.PackageVerdict;
import org.parley.core.forecast.Convergence;
import org.parley.core.forecast.ConvergenceWords;
import org.parley.core.forecast.Forecast;
import org.parley.core.forecast.IssueConvergence;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Package;
import org.parley.core.text.Decimals;

/**
 * What the flagship report says, read back from its HTML: the package table holds every package's terms beside the
 * status quo and the continuous Nash point, in numbers and words; the deal-space figures cover every veto party
 * with the zone drawn; the rationales sit under their actors; a forecast that did not settle is drawn as a range.
 */
class ReportContentTest {

    private static final ReportInput IN = Flagship.input();
    private static final Document DOC = Jsoup.parse(Report.of(IN).html());

    @Test
    void the_package_table_gives_every_term_beside_the_status_quo_and_the_nash_point() {
        Element table = DOC.selectFirst("section#packages table.packages");
        assertThat(table).isNotNull();
        List<String> header = new ArrayList<>(List.of("issue", "status quo"));
        IN.analysis().packages().forEach(v -> header.add(v.label()));
        header.add("Nash point");
        assertThat(table.select("thead th").eachText()).containsExactlyElementsOf(header);
        Map<String, Double> nash = IN.analysis().deals().continuous().get("nash").outcome();
        for (Issue issue : IN.scenario().issues()) {
            for (Package p : IN.scenario().packages()) {
                double term = p.terms().get(issue.id());
                Element cell = cell(table, "package " + p.id(), issue.id());
                assertThat(cell.selectFirst(".num").text()).as(p.id() + " " + issue.id())
                        .isEqualTo(Decimals.upTo(term, 1));
                assertThat(cell.selectFirst(".words").text()).isEqualTo(issue.describe(term));
                assertThat(cell.hasClass("same")).isEqualTo(term == issue.statusQuo());
            }
            assertThat(cell(table, "status quo", issue.id()).selectFirst(".num").text())
                    .isEqualTo(Decimals.upTo(issue.statusQuo(), 1));
            assertThat(cell(table, "Nash point", issue.id()).selectFirst(".num").text())
                    .isEqualTo(Decimals.upTo(nash.get(issue.id()), 1));
        }
        assertThat(cell(table, "Nash point", "ETHNIC").selectFirst(".num").text()).isEqualTo("42.8");
        List<String> verdicts = table.select("tr.summary").first().select("td").stream().map(Element::text).toList();
        List<String> expected = new ArrayList<>(List.of(""));
        IN.analysis().packages().forEach(v -> expected.add(v.acceptance()));
        expected.add("every veto party");
        assertThat(verdicts).containsExactlyElementsOf(expected);
        assertThat(verdicts).contains("accepted by 10 of 13, blocked by RUS");
        assertThat(DOC.select("#svg-package-terms g.terms circle")).hasSize(IN.analysis().packages().size() * 6);
    }

    @Test
    void the_deal_space_figures_show_every_veto_party_with_the_zone_the_frontier_and_the_solutions() {
        Set<String> parties = new TreeSet<>();
        List<Element> figures = DOC.select("section#deal-space svg[id^=svg-deal-space-]");
        assertThat(figures).hasSize(3);
        for (Element svg : figures) {
            String[] pair = svg.id().substring("svg-deal-space-".length()).toUpperCase().split("-");
            parties.addAll(List.of(pair));
            Element zone = svg.selectFirst("g.zone polygon");
            assertThat(zone).as(svg.id() + " zone").isNotNull();
            assertThat(zone.attr("points").split(" ").length).isGreaterThan(4);
            assertThat(svg.select("g.frontier polyline")).hasSize(1);
            List<PackageVerdict> packages = IN.analysis().packages();
            long repairs = packages.stream().filter(v -> v.repair() != null).count();
            assertThat(repairs).as("the flagship's blocked packages all have a repair").isEqualTo(
                    packages.stream().filter(v -> !v.unblocked()).count());
            assertThat(svg.select("g.points > *")).hasSize(packages.size() + (int) repairs + 4 + 1);
            assertThat(svg.select("g.legend text").eachText()).contains("Pareto frontier", "zone of agreement",
                    "no-deal values", "Nash", "Kalai-Smorodinsky", "egalitarian", "utilitarian",
                    "min difference (outside the zone)", "grand-bargain", "partition")
                    .containsAll(packages.stream().map(PackageVerdict::id).toList());
        }
        assertThat(parties).containsExactlyElementsOf(new TreeSet<>(IN.analysis().scenario().vetoParties()));
        List<String> findings = DOC.select("section#deal-space ul.findings li").eachText();
        assertThat(findings).hasSize(4);
        assertThat(findings.get(0)).isEqualTo(DealSpaceWords.pair(IN.analysis().deals().pairFrontiers().get(0),
                IN.analysis().deals()));
        assertThat(findings.get(3)).endsWith("lies outside the zone of agreement: USA gets 55.6, below its no-deal "
                + "value 61.7.");
    }

    @Test
    void each_actors_rationales_follow_its_row_and_sources_come_last() {
        Element usa = DOC.selectFirst("table.stances tr#actor-usa");
        Element why = usa.nextElementSibling();
        assertThat(why.hasClass("why")).isTrue();
        assertThat(why.selectFirst("summary").text()).isEqualTo("why: the rationale of USA's numbers");
        assertThat(why.select("li").eachText()).anyMatch(t -> t.startsWith("TERR 70 / 60: official support for "
                + "1991 borders"));
        var actor = IN.scenario().actor("USA").orElseThrow();
        assertThat(actor.discountNote()).as("the flagship gives the USA's discount factor a rationale").isNotBlank();
        assertThat(why.select("li").eachText()).contains("discount factor 0.9: " + actor.discountNote());
        assertThat(usa.select("td[title]").eachAttr("title")).contains(
                "NATO 2022 Strategic Concept; troops raised ~70k->100k");
        List<String> order = DOC.select("section").eachAttr("id");
        assertThat(order.get(order.size() - 1)).isEqualTo("appendix");
        assertThat(DOC.select("nav.contents > ol > li > a").eachText()).containsExactly("Verdict", "Packages",
                "Deal space", "Forecasts", "How sure", "Phasing", "Actors and judgements",
                "Appendix: issues, facts and sources");
        assertThat(DOC.select("nav.contents a").eachAttr("href")).allSatisfy(h ->
                assertThat(DOC.getElementById(h.substring(1))).as(h).isNotNull());
    }

    @Test
    void a_forecast_that_did_not_settle_is_drawn_as_a_range_with_a_note() {
        Analysis a = IN.analysis();
        List<Forecast> forecasts = new ArrayList<>();
        for (Forecast f : a.forecasts()) {
            if (f.model().equals("bdm")) {
                Map<String, IssueConvergence> c = new LinkedHashMap<>(f.convergence().issues());
                c.put("SANCT", IssueConvergence.cycling(f.rounds().size() - 1, 2, 20, 30));
                f = new Forecast(f.model(), f.issues(), f.rounds(), f.forecast(), f.headline(), f.statistics(),
                        f.params(), new Convergence(c));
            }
            forecasts.add(f);
        }
        Analysis cycling = new Analysis(a.version(), a.scenario(), forecasts, a.packages(), a.favourites(), a.deals(),
                a.verdict(), a.uncertainty(), a.phasing());
        int rounds = a.forecasts().stream().filter(f -> f.model().equals("bdm")).findFirst().orElseThrow().rounds()
                .size();
        Document doc = Jsoup.parse(Report.of(new ReportInput(IN.scenario(), cycling, IN.run(), null, null)).html());
        String words = "bdm did not settle on SANCT (cycling every 2 rounds after " + (rounds - 1) + " rounds, 20 to "
                + "30 over the cycle); this forecast is a range, not a point.";
        Forecast bdm = a.forecasts().stream().filter(f -> f.model().equals("bdm")).findFirst().orElseThrow();
        List<String> unsettled = bdm.issues().stream().map(i -> ConvergenceWords.sentence(bdm, i))
                .filter(w -> !w.isEmpty()).toList();
        assertThat(unsettled).as("the flagship's own BDM forecast drifts on ETHNIC and ZNPP").hasSize(2);
        assertThat(DOC.select("section#forecasts ul.findings li").eachText()).containsExactlyElementsOf(unsettled);
        assertThat(DOC.select("#svg-trajectory-bdm g.range rect")).hasSize(2);
        List<String> withSanct = new ArrayList<>(unsettled);
        withSanct.add(words);
        assertThat(doc.select("section#forecasts ul.findings li").eachText()).containsExactlyInAnyOrderElementsOf(
                withSanct);
        assertThat(doc.select("#svg-trajectory-bdm g.range rect")).hasSize(3);
        assertThat(doc.select("#svg-trajectory-smp g.range rect")).isEmpty();
        assertThat(doc.select("#fig-trajectory-bdm figcaption").text()).contains(words);
        assertThat(doc.select("table.forecasts tr").eachText()).anyMatch(t -> t.startsWith("SANCT")
                && t.contains("20.0 to 30.0 (cycling)"));
    }

    @Test
    void the_forecast_bars_mark_the_status_quo_and_each_packages_terms_on_every_issue() {
        Element svg = DOC.getElementById("svg-forecast-by-model");
        int issues = IN.scenario().issues().size();
        List<PackageVerdict> v = IN.analysis().packages();
        assertThat(svg.select("g.references circle")).hasSize(v.size() * issues);
        assertThat(svg.select("g.references rect")).hasSize(issues);
        assertThat(svg.select("text").eachText()).contains("status quo", "grand-bargain", "partition")
                .containsAll(v.stream().map(PackageVerdict::id).toList());
    }

    @Test
    void a_result_recorded_before_the_pair_views_says_how_to_get_them() {
        Analysis a = IN.analysis();
        var d = a.deals();
        var old = new org.parley.core.deals.DealSpaceResult<>(d.outcomes(), d.parties(), d.disagreement(),
                d.reservationValues(), d.pareto(), d.rational(), null, d.solutions(), d.zopa(), d.packages(),
                d.continuous(), d.maxMin(), d.domain(), d.params(), d.notes());
        Analysis before = new Analysis(a.version(), a.scenario(), a.forecasts(), a.packages(), a.favourites(), old,
                a.verdict(), a.uncertainty(), a.phasing());
        Document doc = Jsoup.parse(Report.of(new ReportInput(IN.scenario(), before, IN.run(), null, null)).html());
        assertThat(doc.select("svg[id^=svg-deal-space-]")).isEmpty();
        assertThat(doc.select("section#deal-space p.note").eachText()).anyMatch(t -> t.startsWith("This result was "
                + "recorded before Parley drew the deal space pair by pair"));
        assertThat(doc.select("#svg-acceptance-map")).hasSize(1);
    }

    private static Element cell(Element table, String column, String issue) {
        Element e = table.select("td[data-issue=" + issue + "]").stream()
                .filter(td -> td.attr("data-column").equals(column)).findFirst().orElse(null);
        assertThat(e).as(column + " / " + issue).isNotNull();
        return e;
    }
}
