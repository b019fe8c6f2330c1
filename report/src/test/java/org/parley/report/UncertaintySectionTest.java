package org.parley.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.parley.core.analysis.Analysis;
import org.parley.core.scenario.Issue;
import org.parley.core.uncertainty.Sweep;
import org.parley.core.uncertainty.UncertaintyDigest;
import org.parley.core.uncertainty.UncertaintyDigest.DecidingMargin;
import org.parley.core.uncertainty.UncertaintyDigest.KeyJudgement;
import org.parley.core.uncertainty.UncertaintyWords;
import org.parley.io.json.ResultJson;
import org.parley.io.json.StoredResults;
import org.parley.report.chart.Axis;
import org.parley.report.chart.RowChart;

/**
 * The "How sure" section of the flagship report, read back from its SVG and HTML: every bar is as long as the
 * digest's chance, each tornado bar runs from the central deciding margin to its value at the judgement's ends, each
 * interval spans the digest's quantiles, and the words under the charts are UncertaintyWords' sentences.
 */
class UncertaintySectionTest {

    private static final ReportInput IN = Flagship.input();
    private static final Report REPORT = Report.of(IN);
    private static final Document DOC = Jsoup.parse(REPORT.html());
    private static final UncertaintyDigest DIGEST = IN.analysis().uncertainty();

    private static RowChart chart(String id) {
        return (RowChart) REPORT.charts().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    /** The left and right ends, in pixels, of each rect of each row of a chart (rows in order). */
    private static List<List<double[]>> spans(String id) {
        List<List<double[]>> out = new ArrayList<>();
        for (Element g : DOC.select("#svg-" + id + " g.spans")) {
            List<double[]> row = new ArrayList<>();
            for (Element r : g.select("rect")) {
                double x = Double.parseDouble(r.attr("x"));
                row.add(new double[] {x, x + Double.parseDouble(r.attr("width"))});
            }
            out.add(row);
        }
        return out;
    }

    @Test
    void each_bar_is_as_long_as_the_chance_of_acceptance_and_the_diamond_gives_the_central_verdict() {
        Axis x = chart("acceptance-chances").axis();
        List<List<double[]>> rows = spans("acceptance-chances");
        List<Element> marks = DOC.select("#svg-acceptance-chances g.marks polygon");
        int row = 0;
        int pkg = 0;
        for (Sweep.PackageChance p : DIGEST.packages()) {
            for (double chance : p.accepts().values()) {
                assertThat(rows.get(row).get(0)[0]).isCloseTo(x.at(0), within(0.02));
                assertThat(rows.get(row).get(0)[1]).as(p.id()).isCloseTo(x.at(100 * chance), within(0.02));
                row++;
            }
            assertThat(rows.get(row++).get(0)[1]).as(p.id() + " all").isCloseTo(x.at(100 * p.allAccept()),
                    within(0.02));
            assertThat(marks.get(pkg++).attr("fill")).as(p.id()).isEqualTo(p.centralAccepted() ? "#009E73"
                    : "#FFFFFF");
        }
        assertThat(rows).hasSize(DIGEST.packages().size() * 4);
        Sweep.PackageChance partition = DIGEST.packages().get(2);
        assertThat(partition.id()).isEqualTo("partition");
        assertThat(DOC.select("#svg-acceptance-chances text").eachText())
                .contains("Partition (territory for peace) [partition]: blocked at the central values",
                        UncertaintyWords.percent(partition.allAccept()));
        List<String> words = new ArrayList<>();
        DIGEST.packages().forEach(p -> words.add(UncertaintyWords.acceptance(p)));
        words.add(UncertaintyWords.zone(DIGEST.zone()));
        assertThat(DOC.select("section#how-sure ul.findings").first()
                .select("li").eachText()).containsExactlyElementsOf(words);
    }

    @Test
    void each_tornado_bar_runs_from_the_central_deciding_margin_to_its_value_at_either_end_of_the_judgement() {
        RowChart tornado = chart("verdict-tornado");
        Axis x = tornado.axis();
        List<List<double[]>> rows = spans("verdict-tornado");
        int row = 0;
        boolean flips = false;
        for (DecidingMargin first : DIGEST.judgements().get(0).swings()) {
            for (KeyJudgement j : DIGEST.judgements()) {
                DecidingMargin m = j.swings().stream().filter(s -> s.packageId().equals(first.packageId()))
                        .findFirst().orElseThrow();
                double[] low = rows.get(row).get(0);
                double[] high = rows.get(row).get(1);
                assertThat(low[0]).isCloseTo(x.at(Math.min(m.central(), m.atLow())), within(0.02));
                assertThat(high[1]).isCloseTo(Math.max(x.at(Math.max(m.central(), m.atHigh())), high[0] + 1),
                        within(0.02));
                flips |= m.central() < 0 && m.atHigh() > 0;
                row++;
            }
        }
        assertThat(flips).as("a judgement carries some blocked package across 0").isTrue();
        assertThat(tornado.labels()).contains("catastrophes.ESCALATION.hazard");
        assertThat(DOC.select("#svg-verdict-tornado g.rules line")).hasSize(1);
        assertThat(DOC.select("section#how-sure ol.findings li").eachText()).containsExactlyElementsOf(
                DIGEST.judgements().stream().map(UncertaintyWords::judgement).toList());
        assertThat(DOC.select("section#how-sure ol.findings li").first().text())
                .contains("partition flips from blocked to accepted at 0.035 above");
    }

    @Test
    void each_interval_spans_the_digests_quantiles_on_the_issues_scale() {
        Axis x = chart("forecast-intervals").axis();
        List<List<double[]>> rows = spans("forecast-intervals");
        assertThat(rows).hasSize(DIGEST.forecasts().size());
        for (int k = 0; k < rows.size(); k++) {
            Sweep.IssueSpread f = DIGEST.forecasts().get(k);
            Issue issue = IN.scenario().issue(f.issue()).orElseThrow();
            assertThat(rows.get(k).get(0)[0]).isCloseTo(x.at(issue.scale().toPercent(f.p95().low())), within(0.02));
            assertThat(rows.get(k).get(1)[0]).isCloseTo(x.at(issue.scale().toPercent(f.p80().low())), within(0.02));
            assertThat(rows.get(k).get(1)[1]).isCloseTo(x.at(issue.scale().toPercent(f.p80().high())),
                    within(0.02));
        }
        assertThat(DOC.select("#svg-forecast-intervals text").eachText())
                .contains("80 %: 58.8 to 63.9 (central 61.4)");
    }

    @Test
    void the_analysis_stored_as_json_and_read_back_holds_the_same_digest_and_phasing_and_draws_the_same_report() {
        String json = ResultJson.write(IN.analysis());
        Analysis back = StoredResults.analysis("analyze", json).orElseThrow();
        assertThat(back.uncertainty()).isEqualTo(IN.analysis().uncertainty());
        assertThat(back.uncertainty().judgements().get(0).swings()).hasSize(3);
        assertThat(back.phasing()).isEqualTo(IN.analysis().phasing());
        assertThat(Report.of(new ReportInput(IN.scenario(), back, IN.run(), null, null)).html())
                .isEqualTo(REPORT.html());
    }

    @Test
    void a_run_recorded_before_the_tornado_was_kept_gets_the_words_and_a_note_instead_of_the_chart() {
        Analysis a = IN.analysis();
        List<KeyJudgement> old = a.uncertainty().judgements().stream().map(j -> new KeyJudgement(j.input(),
                j.swing(), j.output(), j.breakEvens(), null, null, null)).toList();
        UncertaintyDigest d = a.uncertainty();
        Analysis before = new Analysis(a.version(), a.scenario(), a.forecasts(), a.packages(), a.favourites(),
                a.deals(), a.verdict(), new UncertaintyDigest(d.model(), d.draws(), d.seed(), d.forecasts(),
                d.packages(), d.zone(), old, d.notes()), a.phasing());
        Document doc = Jsoup.parse(Report.of(new ReportInput(IN.scenario(), before, IN.run(), null, null)).html());
        assertThat(doc.getElementById("fig-verdict-tornado")).isNull();
        assertThat(doc.select("section#how-sure p.note").eachText()).anyMatch(t -> t.startsWith("This run was "
                + "recorded before Parley kept each judgement's tornado"));
        assertThat(doc.select("section#how-sure ol.findings li")).hasSize(3);
    }
}
