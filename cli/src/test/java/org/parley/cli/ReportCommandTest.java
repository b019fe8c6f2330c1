package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley report} and {@code parley analyze -o}: one self-contained HTML file, the same bytes every time. */
class ReportCommandTest {

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("runs.db").toString();
    }

    @Test
    void report_of_a_scenario_and_analyze_with_output_write_the_same_bytes_every_time() throws Exception {
        Path a = dir.resolve("a.html");
        Path b = dir.resolve("b.html");
        Path c = dir.resolve("c.html");
        assertThat(Cli.run("report", RunsCommandTest.FLAGSHIP, "-o", a.toString(), "--db", db()).code()).isZero();
        assertThat(Cli.run("report", RunsCommandTest.FLAGSHIP, "-o", b.toString(), "--db", db()).code()).isZero();
        Cli.Run analyze = Cli.run("analyze", RunsCommandTest.FLAGSHIP, "-o", c.toString(), "--db", db());
        assertThat(analyze.code()).isZero();
        assertThat(analyze.out()).contains("Forecasts per issue");
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(c));
        String html = Files.readString(a);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("id=\"fig-acceptance-map\"")
                .doesNotContain("Generated ");
        // each of the flagship's three packages once in the acceptance table, though analyze also reviews the deal space
        String table = html.substring(html.indexOf("<table class=\"acceptance\">"));
        table = table.substring(0, table.indexOf("</table>"));
        assertThat(table.split("<tr>", -1)).hasSize(1 + 1 + 3);
    }

    @Test
    void report_of_a_recorded_run_names_the_run_and_png_writes_every_chart() throws Exception {
        assertThat(Cli.run("analyze", RunsCommandTest.FLAGSHIP, "--db", db()).code()).isZero();
        Path html = dir.resolve("run1.html");
        Cli.Run r = Cli.run("report", "1", "-o", html.toString(), "--png", dir.resolve("png").toString(),
                "--db", db(), "--timestamp");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(html)).contains("Results of run 1: parley analyze " + RunsCommandTest.FLAGSHIP)
                .contains("Generated ");
        try (var pngs = Files.list(dir.resolve("png"))) {
            assertThat(pngs.map(p -> p.getFileName().toString())).contains("acceptance-map.png",
                    "forecast-by-model.png", "actor-positions.png", "deal-space-usa-rus.png", "deal-space-rus-ukr.png",
                    "trajectory-bdm.png", "package-terms.png");
        }
    }

    @Test
    void report_of_a_stored_analyze_run_is_the_fresh_report_but_for_its_run_header() throws Exception {
        Path fresh = dir.resolve("fresh.html");
        Path stored = dir.resolve("stored.html");
        assertThat(Cli.run("analyze", RunsCommandTest.FLAGSHIP, "-o", fresh.toString(), "--db", db()).code()).isZero();
        Cli.Run r = Cli.run("report", "1", "-o", stored.toString(), "--db", db());
        assertThat(r.code()).as(r.err()).isZero();
        String a = Files.readString(fresh);
        String b = Files.readString(stored);
        assertThat(b).isNotEqualTo(a).contains("Results of run 1: parley analyze");
        assertThat(withoutHeader(b)).isEqualTo(withoutHeader(a));
    }

    /** The report without its provenance line (which names the run and when it started). */
    private static String withoutHeader(String html) {
        return html.replaceFirst("<p class=\"meta\">[^<]*</p>", "");
    }

    @Test
    void a_report_needs_somewhere_to_go_and_a_pair_of_real_actors() {
        Cli.Run none = Cli.run("report", RunsCommandTest.FLAGSHIP, "--db", db());
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("-o report.html");
        Cli.Run pair = Cli.run("report", RunsCommandTest.FLAGSHIP, "-o", dir.resolve("x.html").toString(),
                "--pair", "UKR,XYZ", "--db", db());
        assertThat(pair.code()).isEqualTo(2);
        assertThat(pair.err()).contains("no actor 'XYZ'");
        assertThat(Cli.run("report", RunsCommandTest.FLAGSHIP, "-o", dir.resolve("y.html").toString(),
                "--pair", "UKR,RUS", "--db", db()).code()).isZero();
        assertThat(dir.resolve("y.html")).content().contains("fig-deal-space-ukr-rus").doesNotContain("fig-deal-space-usa-rus");
        assertThat(Cli.run("report", "77", "-o", dir.resolve("z.html").toString(), "--db", db()).err())
                .contains("no run 77");
    }

    @Test
    void backtest_report_writes_the_leaderboard_and_a_recorded_backtest_reports_the_same_but_for_its_run()
            throws Exception {
        Path fresh = dir.resolve("backtest.html");
        Cli.Run r = Cli.run("backtest", "data/deu/deu3.csv", "--model", "compromise,median", "--resamples", "200",
                "--report", fresh.toString(), "--db", db());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("wrote " + fresh);
        String a = Files.readString(fresh);
        assertThat(a).startsWith("<!DOCTYPE html>").contains("<title>Parley backtest: deu3</title>")
                .contains("Results of parley backtest data/deu/deu3.csv --model compromise,median --resamples 200")
                .doesNotContain("--report").contains("id=\"fig-diff-all\"").contains("id=\"fig-errors-all\"")
                .contains("id=\"fig-predicted-actual\"").contains("<span class=\"num\">23.68</span>");
        Path stored = dir.resolve("run1.html");
        Cli.Run again = Cli.run("report", "1", "-o", stored.toString(), "--png", dir.resolve("png").toString(),
                "--db", db());
        assertThat(again.code()).as(again.err()).isZero();
        String b = Files.readString(stored);
        assertThat(b).contains("Results of run 1: parley backtest data/deu/deu3.csv");
        assertThat(withoutHeader(b)).isEqualTo(withoutHeader(a));
        try (var pngs = Files.list(dir.resolve("png"))) {
            assertThat(pngs.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("diff-all.png",
                    "errors-all.png", "predicted-actual.png");
        }
        Cli.Run onto = Cli.run("backtest", "data/deu/deu3.csv", "--model", "compromise", "--report",
                "data/deu/deu3.csv", "--no-store");
        assertThat(onto.code()).isEqualTo(2);
        assertThat(onto.err()).contains("--report").contains("an input of this run");
    }

    @Test
    void negotiate_report_draws_the_session_and_a_recorded_session_reports_the_same_but_for_its_run()
            throws Exception {
        Path fresh = dir.resolve("session.html");
        Cli.Run r = Cli.run("negotiate", RunsCommandTest.FLAGSHIP, "--agents", "boulware,conceder,linear",
                "--report", fresh.toString(), "--db", db());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("wrote " + fresh);
        String a = Files.readString(fresh);
        assertThat(a).contains("id=\"fig-utility-traces\"").contains("id=\"fig-session-usa-rus\"")
                .contains("id=\"fig-session-usa-ukr\"").contains("id=\"fig-session-rus-ukr\"")
                .contains("Agreement in round 85");
        Cli.Run again = Cli.run("report", "1", "-o", dir.resolve("run1.html").toString(), "--db", db());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(withoutHeader(Files.readString(dir.resolve("run1.html")))).isEqualTo(withoutHeader(a));
        Cli.Run landscape = Cli.run("negotiate", RunsCommandTest.FLAGSHIP, "--agents", "boulware,conceder",
                "--landscape", "--report", dir.resolve("l.html").toString(), "--no-store");
        assertThat(landscape.code()).isEqualTo(2);
        assertThat(landscape.err()).isEqualTo("parley: --report draws one session, not --landscape\n");
        assertThat(dir.resolve("l.html")).doesNotExist();
        Cli.Run pair = Cli.run("report", "1", "-o", dir.resolve("p.html").toString(), "--pair", "USA,RUS",
                "--db", db());
        assertThat(pair.code()).isEqualTo(2);
        assertThat(pair.err()).contains("--pair applies to the report of a scenario's analysis, not to a negotiate "
                + "run");
    }
}
