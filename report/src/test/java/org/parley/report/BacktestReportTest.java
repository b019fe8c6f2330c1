package org.parley.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.parley.core.backtest.BacktestOptions;
import org.parley.core.backtest.BacktestResult;
import org.parley.core.backtest.BacktestWords;
import org.parley.core.backtest.Backtester;
import org.parley.core.backtest.Capabilities;
import org.parley.core.backtest.ModelScore;
import org.parley.core.backtest.OutcomeDataset;
import org.parley.core.backtest.Scoreboard;
import org.parley.core.backtest.split.ProposalSplit;
import org.parley.core.backtest.stats.PairedComparison;
import org.parley.core.exec.BatchRunner;
import org.parley.io.Limits;
import org.parley.io.outcomes.OutcomeFiles;
import org.parley.report.chart.Axis;
import org.parley.report.chart.Chart;
import org.parley.report.chart.RowChart;
import org.parley.report.chart.TextBoxes;

/**
 * The report of a backtest on DEU III (data/deu/deu3.csv): the findings are BacktestWords' sentences, the leaderboard
 * gives the compromise model's published MAE (23.68), each difference bar spans the bootstrap interval, each box holds
 * the middle half of a model's errors, each scatter panel one circle per scored issue with its diagonal; with a
 * split, each half has its leaderboard and test issues are told from train ones.
 */
class BacktestReportTest {

    private static final OutcomeDataset DATA = OutcomeFiles.read(Path.of("data/deu/deu3.csv"), Limits.defaults());

    private static BacktestResult run(List<String> models, ProposalSplit split) {
        return Backtester.run(DATA, new BacktestOptions(models, Capabilities.equal(), 1, 200, split),
                BatchRunner.sequential());
    }

    private static final BacktestResult ALL = run(List.of("compromise", "median", "exchange"), null);
    private static final Report REPORT = Report.of(new BacktestInput(ALL, new RunInfo(null, "backtest",
            List.of("backtest", "data/deu/deu3.csv"), null, "test"), null));
    private static final Document DOC = Jsoup.parse(REPORT.html());

    private static Chart chart(Report r, String id) {
        return r.charts().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void the_findings_and_the_leaderboard_say_what_the_backtest_command_says() {
        assertThat(Report.of(new BacktestInput(ALL, null, null)).html()).isEqualTo(Report.of(new BacktestInput(ALL,
                null, null)).html());
        assertThat(DOC.select("body > section").eachAttr("id")).containsExactly("findings", "leaderboard", "errors");
        List<String> said = DOC.select("section#findings .verdict li").eachText();
        Scoreboard all = ALL.scoreboard("all").orElseThrow();
        assertThat(said).containsExactly(BacktestWords.verdict(all.score("median").orElseThrow(), "all"),
                BacktestWords.verdict(all.score("exchange").orElseThrow(), "all"));
        assertThat(DOC.select("section#findings .verdict p").first().text()).isEqualTo(BacktestWords.header(ALL));
        Element table = DOC.selectFirst("table.leaderboard");
        assertThat(table.select("tbody tr").get(0).select("td").eachText()).startsWith("1", "compromise", "issue",
                "353", "0", "0", "23.68");
        assertThat(DOC.select("script, link, img, [src]")).isEmpty();
        REPORT.charts().forEach(c -> TextBoxes.assertApartAndInside(c, c.id()));
    }

    @Test
    void each_difference_spans_its_bootstrap_intervals_and_each_box_holds_the_middle_half_of_the_errors() {
        Scoreboard all = ALL.scoreboard("all").orElseThrow();
        Axis diff = ((RowChart) chart(REPORT, "diff-all")).axis();
        List<Element> rows = DOC.select("#svg-diff-all g.spans");
        assertThat(rows).hasSize(2);
        for (int k = 0; k < 2; k++) {
            PairedComparison c = all.score(all.leaderboard().get(k + 1)).orElseThrow().vsCompromise();
            Element cluster = rows.get(k).select("rect").get(1);
            assertThat(Double.parseDouble(cluster.attr("x"))).isCloseTo(diff.at(c.proposalBootstrap().lower()),
                    within(0.02));
            assertThat(Double.parseDouble(cluster.attr("x")) + Double.parseDouble(cluster.attr("width")))
                    .isCloseTo(diff.at(c.proposalBootstrap().upper()), within(0.02));
        }
        RowChart errors = (RowChart) chart(REPORT, "errors-all");
        Axis x = errors.axis();
        List<Element> boxes = DOC.select("#svg-errors-all g.spans");
        for (int k = 0; k < all.leaderboard().size(); k++) {
            String model = all.leaderboard().get(k);
            Element box = boxes.get(k).select("rect").get(1);
            double from = value(x, Double.parseDouble(box.attr("x")));
            double to = value(x, Double.parseDouble(box.attr("x")) + Double.parseDouble(box.attr("width")));
            double[] e = ALL.rows().stream().mapToDouble(r -> r.errors().get(model)).toArray();
            assertThat(share(e, v -> v < from - 0.05)).as(model + " below the box").isLessThanOrEqualTo(0.26);
            assertThat(share(e, v -> v <= from + 0.05)).as(model + " up to the box").isGreaterThanOrEqualTo(0.24);
            assertThat(share(e, v -> v > to + 0.05)).as(model + " above the box").isLessThanOrEqualTo(0.26);
            assertThat(share(e, v -> v >= to - 0.05)).as(model + " from the box's end").isGreaterThanOrEqualTo(0.24);
            ModelScore m = all.score(model).orElseThrow();
            Element mae = boxes.get(k).nextElementSibling().select("polygon").first();
            double[] xs = java.util.Arrays.stream(mae.attr("points").split(" ")).mapToDouble(p ->
                    Double.parseDouble(p.split(",")[0])).toArray();
            assertThat((xs[0] + xs[2]) / 2).as(model + " MAE").isCloseTo(x.at(m.metrics().mae()), within(0.02));
        }
    }

    private static double share(double[] e, java.util.function.DoublePredicate p) {
        return java.util.Arrays.stream(e).filter(p).count() / (double) e.length;
    }

    private static double value(Axis x, double px) {
        return x.min() + (px - x.from()) * (x.max() - x.min()) / (x.to() - x.from());
    }

    @Test
    void each_scatter_panel_has_a_circle_per_scored_issue_and_the_diagonal() {
        List<Element> panels = DOC.select("#svg-predicted-actual g.series");
        assertThat(panels).hasSize(3);
        for (Element g : panels) {
            assertThat(g.select("circle")).hasSize(353);
        }
        assertThat(DOC.select("#svg-predicted-actual g.rules line")).hasSize(3);
        assertThat(DOC.select("#svg-predicted-actual text").eachText()).contains("compromise (MAE 23.68)");
    }

    @Test
    void with_a_split_each_half_has_its_leaderboard_and_test_issues_are_told_from_train_ones() {
        ProposalSplit split = ProposalSplit.of(DATA.proposals(), 14, 0.5);
        BacktestResult r = run(List.of("compromise", "anchored-compromise"), split);
        Report report = Report.of(new BacktestInput(r, null, null));
        Document doc = Jsoup.parse(report.html());
        assertThat(report.charts()).extracting(Chart::id).containsExactlyInAnyOrder("diff-train", "diff-test",
                "errors-train", "errors-test", "predicted-actual");
        assertThat(doc.select("section#findings .verdict p").eachText()).contains(BacktestWords.split(split));
        long test = r.rows().stream().filter(x -> x.part().equals("test")).count();
        Element first = doc.select("#svg-predicted-actual g.series").first();
        assertThat(first.select("circle[stroke=\"#0072B2\"]")).hasSize((int) test);
        assertThat(first.select("circle").size() - test).isEqualTo(r.rows().stream().filter(
                row -> row.part().equals("train")).count());
    }
}
