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
}
