package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.JdbcRunStore;
import org.parley.store.RunStatus;
import org.parley.store.StoreLocation;

/**
 * No output path destroys anything (issue 9): every command that writes (analyze -o/--png, report -o/--png, deals
 * --export-genius, convert OUT) refuses, before any work and with exit code 2 and a message naming the path, a
 * target that is the run database, an input, a device node, a FIFO, a symbolic link, a folder, an empty name or an
 * unwritable place; the target is left exactly as it was. A write that fails records the run as failed.
 */
class OutputPathsTest {

    private static final String FLAGSHIP = "examples/ukraine-2022-grand-bargain.yaml";

    @TempDir
    Path dir;

    private Path db;
    private Path input;

    @BeforeEach
    void storeAndInput() throws IOException {
        db = dir.resolve("runs.db");
        Cli.run("show", FLAGSHIP, "--db", db.toString());
        assertThat(db).exists();
        input = dir.resolve("scenario.yaml");
        Files.copy(Path.of(FLAGSHIP), input);
    }

    /** A target that must be refused, and how to make it. */
    private record Target(String what, Path path, String message) {
    }

    private List<Target> targets() throws IOException {
        List<Target> out = new ArrayList<>();
        out.add(new Target("the run database", db, "database"));
        out.add(new Target("the run database's WAL", db.resolveSibling("runs.db-wal"), "database"));
        out.add(new Target("the input", input, "is an input of this run"));
        out.add(new Target("the input by another name", dir.resolve("sub/../scenario.yaml"),
                "is an input of this run"));
        Path link = dir.resolve("link.html");
        Files.createSymbolicLink(link, dir.resolve("elsewhere.html"));
        out.add(new Target("a symbolic link", link, "is a symbolic link"));
        Path folder = Files.createDirectories(dir.resolve("folder.html"));
        out.add(new Target("a folder", folder, "is a folder"));
        out.add(new Target("a device node", Path.of("/dev/null"), "device, FIFO or socket"));
        Path fifo = dir.resolve("fifo.html");
        if (mkfifo(fifo)) {
            out.add(new Target("a FIFO", fifo, "device, FIFO or socket"));
        }
        out.add(new Target("an empty name", Path.of(""), "not a file name"));
        out.add(new Target("an unwritable place", Path.of("/proc/parley-report.html"), "cannot write"));
        return out;
    }

    private static boolean mkfifo(Path p) {
        try {
            return new ProcessBuilder("mkfifo", p.toString()).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Every writing command, with the target in its place. */
    private List<List<String>> commands(Path target) {
        String t = target.toString();
        return List.of(
                List.of("analyze", input.toString(), "--db", db.toString(), "-o", t),
                List.of("report", input.toString(), "--db", db.toString(), "-o", t),
                List.of("convert", input.toString(), t, "--to", "yaml"));
    }

    @TestFactory
    Stream<DynamicTest> noWritingCommandDestroysTheDatabaseAnInputADeviceAFifoOrALink() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Target target : targets()) {
            for (List<String> command : commands(target.path())) {
                tests.add(DynamicTest.dynamicTest(command.get(0) + " onto " + target.what(), () ->
                        assertRefusedAndUntouched(command, target)));
            }
        }
        return tests.stream();
    }

    private void assertRefusedAndUntouched(List<String> command, Target target) throws IOException {
        Snapshot before = Snapshot.of(target.path());
        Snapshot dbBefore = Snapshot.of(db);
        long runs = runs();
        Cli.Run run = Cli.run(command.toArray(String[]::new));
        String what = String.join(" ", command) + "\n" + run.err();
        assertThat(run.code()).as(what).isEqualTo(Parley.BAD_INPUT);
        assertThat(run.err()).as(what).contains(target.message()).doesNotContain("Exception", "\tat ");
        assertThat(Snapshot.of(target.path())).as(what).isEqualTo(before);
        assertThat(Snapshot.of(db)).as("the run database").isEqualTo(dbBefore);
        assertThat(runs()).as("no run recorded: the check comes before any work").isEqualTo(runs);
    }

    private long runs() {
        try (JdbcRunStore s = JdbcRunStore.open(StoreLocation.of(db.toString()))) {
            return s.count();
        }
    }

    /** What a path is and holds: kind, bytes and modification time (links and devices not followed). */
    private record Snapshot(String kind, String bytes, FileTime mtime) {
        static Snapshot of(Path p) throws IOException {
            if (p.toString().isEmpty() || !Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                return new Snapshot("absent", null, null);
            }
            if (Files.isSymbolicLink(p)) {
                return new Snapshot("link to " + Files.readSymbolicLink(p), null, null);
            }
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    return new Snapshot("folder of " + s.count(), null, null);
                }
            }
            if (!Files.isRegularFile(p)) {
                return new Snapshot("special", null, null);
            }
            return new Snapshot("file", java.util.HexFormat.of().formatHex(Files.readAllBytes(p)).hashCode() + ":"
                    + Files.size(p), Files.getLastModifiedTime(p));
        }

        static Snapshot ofUnchecked(Path p) {
            try {
                return of(p);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Test
    void pngChartsOntoAFileOrTheDatabaseFolderAreRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("charts"), "keep me", StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("analyze", FLAGSHIP, "--db", db.toString(), "--png", file.toString());
        assertThat(run.code()).isEqualTo(Parley.BAD_INPUT);
        assertThat(run.err()).contains("--png: " + file + " is a file, not a folder");
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }

    @Test
    void exportingAnActorNamedDomainToGeniusIsRefusedAndOverwritesNothing() throws IOException {
        Path scenario = dir.resolve("domain-actor.yaml");
        Files.writeString(scenario, Files.readString(Path.of(FLAGSHIP)).replaceAll("\\bRUS\\b", "domain"));
        Path out = Files.createDirectories(dir.resolve("genius"));
        Path domain = Files.writeString(out.resolve("domain.xml"), "<negotiation_template/>");
        Cli.Run run = Cli.run("deals", scenario.toString(), "--export-genius", out.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(Parley.BAD_INPUT);
        assertThat(run.err()).contains("actor 'domain'", "would overwrite the domain file domain.xml");
        assertThat(Files.readString(domain)).isEqualTo("<negotiation_template/>");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.count()).as("nothing written").isEqualTo(1);
        }
    }

    @Test
    void exportingToGeniusWritesTheDomainAndOneProfilePerActor() throws IOException {
        Path out = dir.resolve("genius");
        Cli.Run run = Cli.run("deals", FLAGSHIP, "--export-genius", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(out.resolve("domain.xml")).exists();
        assertThat(out.resolve("RUS.xml")).exists();
        Cli.Run back = Cli.run("deals", out.toString(), "--profile", "RUS.xml", "--profile", "UKR.xml");
        assertThat(back.code()).as(back.err()).isZero();
    }

    @Test
    void aWriteThatFailsAfterTheAnalysisRecordsTheRunAsFailed() throws IOException {
        Path charts = dir.resolve("charts");
        Cli.Run ok = Cli.run("analyze", FLAGSHIP, "--db", db.toString(), "--png", charts.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        String chart;
        try (Stream<Path> s = Files.list(charts)) {
            chart = s.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
        // the folder is fine when checked before the work; a chart's file name is taken by a folder, so the write
        // of the charts, after the analysis, fails
        Path blocked = Files.createDirectories(dir.resolve("blocked"));
        Files.createDirectories(blocked.resolve(chart));
        long before = runs();
        Cli.Run run = Cli.run("analyze", FLAGSHIP, "--db", db.toString(), "--png", blocked.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(Parley.BAD_INPUT);
        assertThat(run.err()).contains("--png: " + blocked.resolve(chart) + " is a folder")
                .doesNotContain("Exception");
        assertThat(runs()).isEqualTo(before + 1);
        try (JdbcRunStore s = JdbcRunStore.open(StoreLocation.of(db.toString()))) {
            assertThat(s.list(1).get(0).status()).as("the run is recorded as failed, not ok")
                    .isEqualTo(RunStatus.FAILED);
        }
        assertThat(Snapshot.ofUnchecked(blocked.resolve(chart)).kind()).startsWith("folder");
    }
}
