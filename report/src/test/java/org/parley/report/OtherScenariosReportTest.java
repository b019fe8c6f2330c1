package org.parley.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.core.analysis.Analysis;
import org.parley.core.analysis.Analyzer;
import org.parley.core.scenario.Scenario;
import org.parley.io.Limits;
import org.parley.io.ScenarioFiles;
import org.parley.report.chart.Chart;
import org.parley.report.chart.TextBoxes;

/**
 * Reports of scenarios unlike the flagship (one issue, no veto parties, no packages, 40 actors, two veto parties):
 * valid HTML whose every chart keeps its texts apart and inside, and whose deal space, when there is one, draws the
 * pairs its analysis viewed.
 */
class OtherScenariosReportTest {

    @ParameterizedTest
    @ValueSource(strings = {"examples/emission-1994.yaml", "examples/ktab-soe-pol-comp.yaml",
        "examples/toy-water-dispute.yaml", "data/bdm/china-1989.csv", "data/ktab/dummyData-a040.csv",
        "data/ktab/dummyData_6Dim.csv"})
    void every_chart_keeps_its_texts_apart_and_inside(String file) {
        Scenario s = ScenarioFiles.read(Path.of(file), Limits.defaults());
        Analysis a = Analyzer.analyze(s);
        Report r = Report.of(new ReportInput(s, a, null, null, null));
        Parser parser = Parser.htmlParser().setTrackErrors(10);
        Document doc = Jsoup.parse(r.html(), "", parser);
        assertThat(parser.getErrors()).isEmpty();
        r.charts().forEach(c -> TextBoxes.assertApartAndInside(c, file + " " + c.id()));
        for (Chart c : r.charts()) {
            if (c instanceof org.parley.report.chart.TrajectoryPanels t) {
                assertThat(doc.select("#fig-" + c.id() + " figcaption").text().contains("where the names do not fit"))
                        .as(c.id()).isEqualTo(t.namesLeftOut());
                if (file.endsWith("a040.csv")) {
                    assertThat(t.namesLeftOut()).as("40 actors on one issue: " + c.id()).isTrue();
                }
            }
        }
        int pairs = a.deals() == null ? 0 : a.deals().pairFrontiers().size();
        assertThat(doc.select("svg[id^=svg-deal-space-]")).hasSize(pairs);
        List<String> sections = doc.select("section").eachAttr("id");
        assertThat(sections).endsWith("appendix");
        boolean verdict = a.verdict() != null && !a.verdict().summary().isEmpty();
        if (verdict) {
            assertThat(sections.get(0)).isEqualTo("verdict");
        } else {
            assertThat(sections).doesNotContain("verdict");
        }
    }
}
