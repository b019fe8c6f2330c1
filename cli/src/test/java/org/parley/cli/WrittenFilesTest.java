package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that writes a file names it on stderr, with the run id when the run is recorded ({@code wrote
 * report.html (run 12)}); {@code runs rerun} writes beside the original run's files ({@code NAME.rerun-ID.EXT})
 * unless {@code --force}, and its report names the original scenario, not the stored copy it read.
 */
class WrittenFilesTest {

    private static final String FLAGSHIP = "examples/ukraine-2022-grand-bargain.yaml";

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("runs.db").toString();
    }

    private static List<String> wrote(Cli.Run run) {
        return run.err().lines().filter(l -> l.startsWith("wrote ")).toList();
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void analyzeNamesTheReportAndEachChartWithTheRunId() throws Exception {
        Path report = dir.resolve("report.html");
        Path charts = dir.resolve("charts");
        Cli.Run run = Cli.run("analyze", FLAGSHIP, "-o", report.toString(), "--png", charts.toString(), "--db", db());
        assertThat(run.code()).as(run.err()).isZero();
        List<String> lines = wrote(run);
        assertThat(lines.get(0)).isEqualTo("wrote " + report + " (run 1)");
        assertThat(lines.subList(1, lines.size())).hasSize(names(charts).size())
                .allSatisfy(l -> assertThat(l).startsWith("wrote " + charts + "/").endsWith(".png (run 1)"));
        assertThat(run.out()).doesNotContain("wrote ");
    }

    @Test
    void withoutAStoreTheLineHasNoRunId() {
        Path report = dir.resolve("r.html");
        Cli.Run run = Cli.run("analyze", FLAGSHIP, "-o", report.toString(), "--no-store");
        assertThat(wrote(run)).containsExactly("wrote " + report);
        Path json = dir.resolve("e.json");
        assertThat(wrote(Cli.run("convert", "examples/emission-1994.yaml", json.toString())))
                .containsExactly("wrote " + json);
    }

    @Test
    void reportNamesTheRunItReportsOrTheRunItRecords() {
        assertThat(Cli.run("show", FLAGSHIP, "--db", db()).code()).isZero();
        assertThat(Cli.run("analyze", FLAGSHIP, "--db", db()).code()).isZero();
        Path ofRun = dir.resolve("of-run.html");
        assertThat(wrote(Cli.run("report", "2", "-o", ofRun.toString(), "--db", db())))
                .containsExactly("wrote " + ofRun + " (run 2)");
        Path fresh = dir.resolve("fresh.html");
        assertThat(wrote(Cli.run("report", FLAGSHIP, "-o", fresh.toString(), "--db", db())))
                .containsExactly("wrote " + fresh + " (run 3)");
    }

    @Test
    void dealsSweepBacktestAndNegotiateNameEveryFileTheyWrite() {
        Path genius = dir.resolve("genius");
        Cli.Run deals = Cli.run("deals", FLAGSHIP, "--grid", "3", "--export-genius", genius.toString(), "--db",
                db());
        assertThat(deals.code()).as(deals.err()).isZero();
        assertThat(wrote(deals)).hasSize(14).startsWith("wrote " + genius.resolve("domain.xml") + " (run 1)")
                .contains("wrote " + genius.resolve("RUS.xml") + " (run 1)");
        Path csv = dir.resolve("sweep");
        assertThat(wrote(Cli.run("sweep", FLAGSHIP, "--draws", "50", "--csv", csv.toString(), "--db", db())))
                .containsExactly("wrote " + csv.resolve("draws.csv") + " (run 2)",
                        "wrote " + csv.resolve("forecasts.csv") + " (run 2)",
                        "wrote " + csv.resolve("packages.csv") + " (run 2)");
        Path out = dir.resolve("backtest");
        assertThat(wrote(Cli.run("backtest", "examples/eu-outcomes-sample.csv", "--model", "compromise", "--split",
                "50/50", "--seed", "5", "--resamples", "50", "--out", out.toString(), "--db", db()))).containsExactly(
                        "wrote " + out.resolve("split.csv") + " (run 3)",
                        "wrote " + out.resolve("predictions.csv") + " (run 3)",
                        "wrote " + out.resolve("backtest.json") + " (run 3)");
        Path trace = dir.resolve("trace.csv");
        Path session = dir.resolve("session.html");
        assertThat(wrote(Cli.run("negotiate", "data/genius/laptop_anac2011", "--agents", "boulware,conceder",
                "--trace-csv", trace.toString(), "--report", session.toString(), "--db", db())))
                .containsExactly("wrote " + trace + " (run 4)", "wrote " + session + " (run 4)");
        Path scored = dir.resolve("backtest.html");
        assertThat(wrote(Cli.run("backtest", "examples/eu-outcomes-sample.csv", "--model", "compromise",
                "--resamples", "50", "--report", scored.toString(), "--db", db())))
                .containsExactly("wrote " + scored + " (run 5)");
    }

    @Test
    void aRerunWritesBesideTheOriginalsFilesAndNamesThem() throws Exception {
        Path report = dir.resolve("report.html");
        Path charts = dir.resolve("charts");
        assertThat(Cli.run("analyze", FLAGSHIP, "-o", report.toString(), "--png", charts.toString(), "--db", db())
                .code()).isZero();
        byte[] original = Files.readAllBytes(report);
        FileTime mtime = Files.getLastModifiedTime(report);

        Cli.Run rerun = Cli.run("runs", "rerun", "1", "--db", db());
        assertThat(rerun.code()).as(rerun.err()).isZero();
        assertThat(report).hasBinaryContent(original);
        assertThat(Files.getLastModifiedTime(report)).isEqualTo(mtime);
        Path beside = dir.resolve("report.rerun-2.html");
        Path besideCharts = dir.resolve("charts.rerun-2");
        assertThat(wrote(rerun)).startsWith("wrote " + beside + " (run 2)")
                .contains("wrote " + besideCharts.resolve("acceptance-map.png") + " (run 2)");
        assertThat(names(besideCharts)).isEqualTo(names(charts));
        assertThat(names(dir)).containsExactlyInAnyOrder("charts", "charts.rerun-2", "report.html",
                "report.rerun-2.html", "runs.db", "runs.db.migrate.lock");
        String html = Files.readString(beside);
        assertThat(html).contains("parley analyze " + FLAGSHIP).doesNotContain("parley-rerun", "stored copy");
        assertThat(Cli.run("runs", "show", "2", "--json", "--db", db()).json().get("args"))
                .extracting(n -> n.asText()).containsExactly("analyze", FLAGSHIP, "-o", report.toString(), "--png",
                        charts.toString());
    }

    @Test
    void aRerunWithForceWritesOverTheOriginalsFiles() throws Exception {
        Path report = dir.resolve("report.html");
        assertThat(Cli.run("analyze", FLAGSHIP, "-o", report.toString(), "--db", db()).code()).isZero();
        Files.writeString(report, "edited");
        Cli.Run rerun = Cli.run("runs", "rerun", "1", "--force", "--db", db());
        assertThat(rerun.code()).as(rerun.err()).isZero();
        assertThat(wrote(rerun)).containsExactly("wrote " + report + " (run 2)");
        assertThat(Files.readString(report)).contains("parley analyze " + FLAGSHIP);
        assertThat(dir.resolve("report.rerun-2.html")).doesNotExist();
    }

    @Test
    void aRerunRefusesToReplaceAFileInTheWayOfItsNameAndLeavesNothingHalfDone() throws Exception {
        Path report = dir.resolve("report.html");
        assertThat(Cli.run("analyze", FLAGSHIP, "-o", report.toString(), "--db", db()).code()).isZero();
        Path taken = dir.resolve("report.rerun-2.html");
        Files.writeString(taken, "mine");
        Cli.Run rerun = Cli.run("runs", "rerun", "1", "--db", db());
        assertThat(rerun.code()).isEqualTo(Parley.BAD_INPUT);
        assertThat(rerun.err()).contains("parley: " + taken + " exists already, so the rerun (recorded as run 2) did "
                + "not write its report.html there; rerun with --force to write over " + report + " instead")
                .doesNotContain("Exception");
        assertThat(taken).hasContent("mine");
        assertThat(names(dir)).containsExactlyInAnyOrder("report.html", "report.rerun-2.html", "runs.db",
                "runs.db.migrate.lock");
    }

    @Test
    void aSweepsRerunWritesTheSameBytesBesideTheOriginal() throws Exception {
        Path csv = dir.resolve("sweep");
        assertThat(Cli.run("sweep", FLAGSHIP, "--draws", "40", "--seed", "7", "--csv", csv.toString(), "--db", db())
                .code()).isZero();
        Cli.Run rerun = Cli.run("runs", "rerun", "1", "--db", db());
        assertThat(rerun.code()).as(rerun.err()).isZero();
        Path beside = dir.resolve("sweep.rerun-2");
        for (String f : List.of("draws.csv", "forecasts.csv", "packages.csv")) {
            assertThat(beside.resolve(f)).hasSameBinaryContentAs(csv.resolve(f));
        }
    }
}
