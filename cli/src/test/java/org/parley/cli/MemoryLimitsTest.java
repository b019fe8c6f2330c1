package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs at the documented limits, run in a child JVM with a 256 MB heap (issue 9: no command on any input inside
 * the limits may end in an OutOfMemoryError; deep nesting may not overflow the stack): each ends in the result or
 * the refusal up front that docs/validation.md documents for it (exit 0 or 2, with the time and memory measured),
 * never in exit 1, an out-of-memory message or a stack trace.
 */
class MemoryLimitsTest {

    @TempDir
    static Path dir;

    static Path wide;
    static Path deepXml;
    static Path ktab;
    static Path sparse;

    @BeforeAll
    static void inputsAtTheLimits() throws IOException {
        SplittableRandom r = new SplittableRandom(9);
        wide = dir.resolve("actors-10000.yaml");
        try (Writer w = Files.newBufferedWriter(wide, StandardCharsets.UTF_8)) {
            w.write("parley: 1\nissues:\n");
            for (int d = 0; d < 6; d++) {
                w.write("  - {id: I" + d + ", scale: {min: 0, max: 100}, status_quo: 50}\n");
            }
            w.write("actors:\n");
            for (int a = 0; a < 10_000; a++) {
                w.write("  - {id: A" + a + ", capability: " + (1 + r.nextInt(100)) + (a < 3 ? ", reservation: 40, "
                        + "veto: true" : "") + ", stances: {");
                for (int d = 0; d < 6; d++) {
                    w.write((d == 0 ? "" : ", ") + "I" + d + ": {position: " + r.nextInt(101) + ", salience: "
                            + (1 + r.nextInt(100)) + "}");
                }
                w.write("}}\n");
            }
        }
        deepXml = dir.resolve("deep.xml");
        Files.writeString(deepXml, "<?xml version=\"1.0\"?>\n<Scenario><name>x</name><desc>" + "<a>".repeat(30_000)
                + "</a>".repeat(30_000) + "</desc></Scenario>\n");
        ktab = dir.resolve("ktab-250x1000.csv");
        try (Writer w = Files.newBufferedWriter(ktab, StandardCharsets.UTF_8)) {
            w.write("big,desc,250,1000\nActor,Description,Power");
            for (int d = 0; d < 1000; d++) {
                w.write(",D" + d + ",D" + d + " sal");
            }
            w.write("\n");
            for (int a = 0; a < 250; a++) {
                w.write("A" + a + ",d," + (1 + r.nextInt(100)));
                for (int d = 0; d < 1000; d++) {
                    w.write("," + r.nextInt(101) + ",0.09");
                }
                w.write("\n");
            }
        }
        sparse = dir.resolve("sparse-10000x100.yaml");
        try (Writer w = Files.newBufferedWriter(sparse, StandardCharsets.UTF_8)) {
            w.write("parley: 1\nissues:\n");
            for (int d = 0; d < 100; d++) {
                w.write("  - {id: I" + d + ", scale: {min: 0, max: 100}, status_quo: 50}\n");
            }
            w.write("actors:\n");
            for (int a = 0; a < 10_000; a++) {
                w.write("  - {id: A" + a + ", capability: 1, reservation: 40" + (a < 3 ? ", veto: true" : "")
                        + ", stances: {I" + a % 100 + ": {position: " + r.nextInt(101) + ", salience: 50}}}\n");
            }
        }
    }

    /** Runs parley in a child JVM with a 256 MB heap; returns exit code and stderr. */
    private static Cli.Run child(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Xss512k", "-cp", System.getProperty("java.class.path"), Parley.class.getName()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("parley " + String.join(" ", args) + " did not finish in 10 minutes");
        }
        return new Cli.Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** Runs parley in a child JVM; asserts the exit code docs/validation.md documents and that nothing crashed. */
    private static Cli.Run assertExit(int code, String... args) throws IOException, InterruptedException {
        Cli.Run run = child(args);
        String what = "parley " + String.join(" ", args) + " -> exit " + run.code() + "\n" + run.err();
        assertThat(run.code()).as(what).isEqualTo(code);
        assertThat(run.err()).as(what).doesNotContain("OutOfMemoryError", "out of memory", "StackOverflowError",
                "\tat ", "internal error");
        return run;
    }

    @Test
    void tenThousandActorsFitEveryCommandOrAreRefusedByTheModelsUpFront() throws Exception {
        assertExit(Parley.OK, "show", wide.toString(), "--no-store");
        assertThat(assertExit(Parley.BAD_INPUT, "forecast", wide.toString(), "--model", "all", "--no-store").err())
                .contains("BDM takes at most 1000 on one issue");
        assertExit(Parley.OK, "deals", wide.toString());
        assertExit(Parley.BAD_INPUT, "analyze", wide.toString(), "--no-store");
    }

    @Test
    void aThousandDimensionsOf250ActorsAndTheMostActorIssuePairsFitOrAreRefused() throws Exception {
        assertExit(Parley.OK, "show", ktab.toString(), "--no-store");
        assertExit(Parley.BAD_INPUT, "forecast", ktab.toString(), "--model", "all", "--json", "--no-store");
        assertExit(Parley.BAD_INPUT, "forecast", sparse.toString(), "--model", "all", "--no-store");
        assertExit(Parley.OK, "deals", sparse.toString());
    }

    @Test
    void xmlNested30000DeepIsRefusedWithoutAStackOverflow() throws Exception {
        assertThat(assertExit(Parley.BAD_INPUT, "forecast", deepXml.toString(), "--model", "smp").err())
                .contains(deepXml + ":2: elements nested deeper than 64 levels");
    }
}
