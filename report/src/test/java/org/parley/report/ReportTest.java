package org.parley.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The flagship report: fast, valid HTML, every chart present, self-contained, the same bytes every time. */
class ReportTest {

    /** The flagship's charts in report order: one small-multiples figure per multi-round model, a pair per veto pair. */
    static final List<String> FLAGSHIP_CHARTS = List.of("package-terms", "acceptance-map", "deal-space-usa-rus",
            "deal-space-usa-ukr", "deal-space-rus-ukr", "forecast-by-model", "actor-positions", "trajectory-bdm",
            "trajectory-exchange", "trajectory-smp", "acceptance-chances", "verdict-tornado", "forecast-intervals",
            "schedule-grand-bargain-repaired", "slack-grand-bargain-repaired", "schedule-partition", "slack-partition",
            "schedule-partition-repaired", "slack-partition-repaired");

    @TempDir
    Path dir;

    @Test
    void the_flagship_report_is_deterministic() {
        String first = Report.of(Flagship.input()).html();
        assertThat(Report.of(Flagship.input()).html()).isEqualTo(first);
    }

    @Test
    void the_report_is_valid_html_with_every_chart_and_nothing_to_load() {
        String html = Report.of(Flagship.input()).html();
        Parser parser = Parser.htmlParser().setTrackErrors(100);
        Document doc = Jsoup.parse(html, "", parser);
        assertThat(parser.getErrors()).as("HTML parse errors").isEmpty();
        assertThat(doc.title()).isEqualTo("Parley report: Ukraine 2022: grand bargain vs partition");
        for (String id : FLAGSHIP_CHARTS) {
            Element fig = doc.getElementById("fig-" + id);
            assertThat(fig).as("figure " + id).isNotNull();
            Element svg = fig.selectFirst("svg");
            assertThat(svg).isNotNull();
            assertThat(svg.select("rect, line, polyline, polygon, circle").size()).as(id + " draws something")
                    .isGreaterThan(10);
            assertThat(svg.select("text").size()).as(id + " has labelled axes").isGreaterThan(5);
            assertThat(fig.selectFirst("figcaption").text()).isNotBlank();
        }
        assertThat(doc.select("figure.chart")).hasSize(FLAGSHIP_CHARTS.size());
        assertThat(doc.select("script, link, img, iframe, object, embed")).isEmpty();
        assertThat(doc.select("[src]")).isEmpty();
        assertThat(doc.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("#"));
        assertThat(html).doesNotContain("url(").doesNotContain("@import");
        assertThat(doc.select("section").eachAttr("id")).containsExactly("verdict", "packages", "deal-space",
                "forecasts", "how-sure", "phasing", "actors", "appendix");
        assertThat(doc.select("section#verdict .verdict p").first().text()).startsWith("None of the 3 packages passes");
        assertThat(doc.select("table.stances tbody tr.actor")).hasSize(13);
        assertThat(doc.select("table.stances .judgement")).isNotEmpty();
        assertThat(doc.select("section#appendix table.facts .sourced")).isNotEmpty();
        assertThat(doc.select("section#appendix table.sources tbody tr")).hasSize(
                Flagship.input().scenario().sources().size());
    }

    @Test
    void a_generation_time_appears_only_when_asked() {
        ReportInput in = Flagship.input();
        String plain = Report.of(in).html();
        assertThat(plain).doesNotContain("Generated ");
        String stamped = Report.of(new ReportInput(in.scenario(), in.analysis(), in.run(), in.pair(),
                "2025-03-01T10:00:00Z")).html();
        assertThat(stamped).contains("Generated 2025-03-01T10:00:00Z.");
    }

    @Test
    void a_chosen_pair_of_parties_gets_its_chart_without_a_frontier_unless_both_are_veto_parties() {
        ReportInput in = Flagship.input();
        Report r = Report.of(new ReportInput(in.scenario(), in.analysis(), in.run(), List.of("USA", "CHN"), null));
        assertThat(r.charts()).extracting(c -> c.id()).contains("deal-space-usa-chn")
                .doesNotContain("deal-space-usa-rus");
        Document doc = Jsoup.parse(r.html());
        assertThat(doc.select("#svg-deal-space-usa-chn g.frontier")).isEmpty();
        assertThat(doc.select("#fig-deal-space-usa-chn figcaption").text()).contains("computed among the veto "
                + "parties (USA, RUS, UKR) only");
        Report ukrRus = Report.of(new ReportInput(in.scenario(), in.analysis(), in.run(), List.of("UKR", "RUS"),
                null));
        Document d2 = Jsoup.parse(ukrRus.html());
        assertThat(d2.select("#svg-deal-space-ukr-rus g.frontier polyline")).hasSize(1);
        assertThat(d2.select("#svg-deal-space-ukr-rus g.zone polygon")).hasSize(1);
    }

    @Test
    void every_chart_is_also_written_as_a_non_blank_png() throws Exception {
        Report r = Report.of(Flagship.input());
        List<Path> files = r.writePngs(dir.resolve("png"));
        assertThat(files).hasSize(FLAGSHIP_CHARTS.size());
        for (Path f : files) {
            BufferedImage img = ImageIO.read(f.toFile());
            assertThat(img.getWidth()).isGreaterThan(500);
            assertThat(Pixels.nonWhiteShare(img, 0, 0, img.getWidth(), img.getHeight())).as(f.toString())
                    .isGreaterThan(0.02);
        }
    }
}
