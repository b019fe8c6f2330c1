package org.parley.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.parley.core.phasing.PhaseResult;
import org.parley.core.phasing.PhaseStage;
import org.parley.core.phasing.PhaseVerdict;
import org.parley.core.phasing.PhasingReview;
import org.parley.core.phasing.PhasingWords;
import org.parley.report.chart.Axis;
import org.parley.report.chart.Box;
import org.parley.report.chart.Chart;
import org.parley.report.chart.PlotPanels;
import org.parley.report.chart.TextBoxes;

/**
 * The "Phasing" section of the flagship report: a schedule and a slack chart for each design that holds (the
 * repaired grand bargain, partition and its repair), each schedule panel's steps at the design's terms on whole
 * years, the binding stage marked on the zero line, and for the grand bargain, which no schedule can phase, the
 * tempted party and the hostage in PhasingWords' sentences.
 */
class PhasingSectionTest {

    private static final ReportInput IN = Flagship.input();
    private static final Report REPORT = Report.of(IN);
    private static final Document DOC = Jsoup.parse(REPORT.html());
    private static final PhasingReview REVIEW = IN.analysis().phasing();

    private static PlotPanels chart(String id) {
        return (PlotPanels) REPORT.charts().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static PhaseResult result(String pkg, boolean repaired) {
        PhasingReview.PackagePhasing p = REVIEW.packages().stream().filter(x -> x.packageId().equals(pkg))
                .findFirst().orElseThrow();
        return repaired ? p.repaired() : p.asGiven();
    }

    @Test
    void charts_are_drawn_for_the_designs_that_hold_and_words_for_the_one_that_cannot() {
        List<String> ids = REPORT.charts().stream().map(Chart::id).filter(i -> i.startsWith("schedule-")
                || i.startsWith("slack-")).toList();
        assertThat(ids).containsExactly("schedule-grand-bargain-repaired", "slack-grand-bargain-repaired",
                "schedule-partition", "slack-partition", "schedule-partition-repaired", "slack-partition-repaired");
        PhaseResult grand = result("grand-bargain", false);
        assertThat(grand.verdict()).isEqualTo(PhaseVerdict.NO_SCHEDULE_EXISTS);
        List<String> said = DOC.select("section#phasing ul.findings li").eachText();
        assertThat(said).contains(PhasingWords.verdict(grand)).containsAll(PhasingWords.temptation(grand))
                .containsAll(PhasingWords.change(grand));
        assertThat(said).anyMatch(s -> s.startsWith("A hostage for RUS: a revocable benefit worth at least"))
                .anyMatch(s -> s.contains("RUS is the most tempted to defect: at stage 1 (2025)"));
        assertThat(DOC.select("section#phasing h3").eachText()).containsExactly(
                "Ceasefire on the November 2022 lines", "Grand bargain (US exit from NATO by 2049)",
                "Partition (territory for peace)");
        assertThat(DOC.select("section#phasing p.note").eachText())
                .contains("Package 'ceasefire' is the status quo on every issue: nothing to phase.");
    }

    @Test
    void each_schedule_panel_steps_through_the_designs_terms_on_whole_years() {
        PhaseResult partition = result("partition", false);
        List<PhaseStage> stages = partition.schedule().stages();
        PlotPanels chart = chart("schedule-partition");
        assertThat(chart.panels()).extracting(PlotPanels.Panel::title).containsExactly("UA_SEC, conceded by RUS",
                "SANCT, conceded by USA and EUI", "ZNPP, conceded by RUS");
        TextBoxes t = TextBoxes.of(chart);
        assertThat(t.polylines).hasSize(3);
        String[] issues = {"UA_SEC", "SANCT", "ZNPP"};
        for (int k = 0; k < 3; k++) {
            PlotPanels.Panel p = chart.panels().get(k);
            Box plot = chart.plot(k);
            Axis y = new Axis(p.yMin(), p.yMax(), plot.bottom(), plot.y());
            Axis x = new Axis(p.xMin(), p.xMax(), plot.x(), plot.right());
            double[] line = t.polylines.get(k);
            assertThat(line).hasSize(2 * (2 * stages.size() - 1));
            for (int s = 0; s < stages.size(); s++) {
                assertThat(line[4 * s]).isCloseTo(x.at(stages.get(s).year()), within(1e-9));
                assertThat(line[4 * s + 1]).as(issues[k] + " stage " + s)
                        .isCloseTo(y.at(stages.get(s).terms().get(issues[k])), within(1e-9));
            }
            assertThat(y.at(stages.get(stages.size() - 1).terms().get(issues[k])))
                    .isCloseTo(y.at(IN.scenario().pkg("partition").orElseThrow().terms().get(issues[k])),
                            within(1e-9));
        }
        assertThat(years(chart)).isNotEmpty().allSatisfy(yr -> assertThat(yr).isBetween(2024, 2049));
        assertThat(DOC.selectFirst("#fig-schedule-partition figcaption").text())
                .contains("it leaves TERR at 12, US_EXIT at 0, ETHNIC at 0 as they are");
    }

    @Test
    void the_slack_chart_draws_every_party_with_the_zero_line_and_names_the_binding_stage() {
        PhaseResult partition = result("partition", false);
        PlotPanels chart = chart("slack-partition");
        PlotPanels.Panel p = chart.panels().get(0);
        assertThat(p.series()).extracting(PlotPanels.Series::name).containsExactlyElementsOf(
                partition.schedule().slack().keySet());
        assertThat(p.rules()).singleElement().satisfies(r -> assertThat(r.at()).isZero());
        var binding = partition.schedule().binding();
        assertThat(p.marks()).singleElement().satisfies(m -> {
            assertThat(m.x()).isEqualTo(binding.year());
            assertThat(m.y()).isEqualTo(binding.slack());
            assertThat(m.label()).isEqualTo(binding.actor() + " binds");
        });
        List<String> texts = TextBoxes.of(chart).texts.stream().map(TextBoxes.Placed::text).toList();
        assertThat(texts.contains("UKR binds") || texts.contains("1 = UKR binds")).isTrue();
        assertThat(years(chart)).contains(2025, 2045);
        for (int k = 0; k < p.series().size(); k++) {
            List<Double> slack = partition.schedule().slack().get(p.series().get(k).name());
            double[] ys = p.series().get(k).ys();
            for (int s = 0; s < ys.length; s++) {
                assertThat(ys[s]).isEqualTo(slack.get(s));
            }
        }
    }

    /** The whole numbers printed under the x axis (years), read from the chart's texts. */
    private static List<Integer> years(PlotPanels chart) {
        return TextBoxes.of(chart).texts.stream().map(TextBoxes.Placed::text).filter(s -> s.matches("20\\d\\d"))
                .map(Integer::parseInt).toList();
    }
}
