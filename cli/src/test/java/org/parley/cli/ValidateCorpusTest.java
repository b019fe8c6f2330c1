package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.json.ResultJson;

/**
 * Runs {@code parley validate} on every file of the malformed-input corpus and checks that each is refused with
 * exit code 2, its problems located by file and line, and no stack trace; the expectations are in expected.tsv.
 */
class ValidateCorpusTest {

    private static final Path CORPUS = Path.of("cli/src/test/resources/malformed");
    private static final String EXPECTED = "expected.tsv";

    /** One row of expected.tsv: a problem {@code file} must report, at {@code line} (null: the whole file). */
    record Expectation(String file, Integer line, String message) {
    }

    static Cli.Run parley(String... args) {
        return Cli.run(args);
    }

    static Map<String, List<Expectation>> expectations() throws IOException {
        Map<String, List<Expectation>> byFile = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(CORPUS.resolve(EXPECTED), StandardCharsets.UTF_8);
        for (String row : lines) {
            if (row.isBlank() || row.startsWith("#") || row.startsWith("file\t")) {
                continue;
            }
            String[] f = row.split("\t", 3);
            assertThat(f).as("row of %s: %s", EXPECTED, row).hasSize(3);
            Integer line = f[1].equals("-") ? null : Integer.valueOf(f[1]);
            byFile.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Expectation(f[0], line, f[2]));
        }
        return byFile;
    }

    static List<String> corpusFiles() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals(EXPECTED) && !n.startsWith(".")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusFileIsRefusedWithEachProblemLocated() throws IOException {
        Map<String, List<Expectation>> expected = expectations();
        return corpusFiles().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            assertThat(expected).as("expected.tsv has no row for %s", name).containsKey(name);
            String path = CORPUS.resolve(name).toString();
            Cli.Run run = parley("validate", path);
            assertRefused(run, path);
            for (Expectation e : expected.get(name)) {
                String place = e.line() == null ? path + ": " : path + ":" + e.line() + ": ";
                assertThat(run.err().lines())
                        .as("a line starting '%s' and containing '%s' in:%n%s", place, e.message(), run.err())
                        .anyMatch(l -> l.startsWith(place) && l.contains(e.message()));
            }
            assertThat(problemCount(run.err(), path)).as("the count of problems in:%n%s", run.err())
                    .isGreaterThanOrEqualTo(expected.get(name).size());
        }));
    }

    @Test
    void everyExpectationNamesAFileOfTheCorpus() throws IOException {
        assertThat(corpusFiles()).containsAll(expectations().keySet());
    }

    @Test
    void theCorpusHasAtLeastThirtyFilesInEveryFormatAndSeveralWithManyProblems() throws IOException {
        List<String> files = corpusFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(30);
        assertThat(files).anyMatch(f -> f.endsWith(".yaml")).anyMatch(f -> f.endsWith(".json"))
                .anyMatch(f -> f.startsWith("bdm-")).anyMatch(f -> f.startsWith("ktab-"));
        long manyProblems = expectations().values().stream().filter(l -> l.size() >= 3).count();
        assertThat(manyProblems).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aFileOf50MegabytesIsRefusedUpFrontNamingTheLimit(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.yaml");
        byte[] chunk = "  - id: padding\n    capability: 1\n".repeat(1 << 15).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write("parley: 1\nactors:\n".getBytes(StandardCharsets.US_ASCII));
            while (Files.size(big) < 50_000_000L) {
                out.write(chunk);
                out.flush();
            }
        }
        Cli.Run run = parley("validate", big.toString());
        assertRefused(run, big.toString());
        assertThat(run.err()).contains(big + ": is ", "larger than the limit of 16777216 bytes", "--max-input-mb");
    }

    @Test
    void mappingsNested10000LevelsDeepAreRefusedAtTheirLine(@TempDir Path dir) throws IOException {
        Path deep = dir.resolve("deep.yaml");
        Files.writeString(deep, "parley: 1\nissues:\n  - " + "{a: ".repeat(10_000) + "1" + "}".repeat(10_000) + "\n");
        Cli.Run run = parley("validate", deep.toString());
        assertRefused(run, deep.toString());
        assertThat(run.err()).contains(deep + ":3: nested deeper than 64 levels");
    }

    @Test
    void validateJsonListsEveryErrorWithFileLinePathAndMessage() throws IOException {
        String path = CORPUS.resolve("yaml-many-problems.yaml").toString();
        Cli.Run run = parley("validate", "--json", path);
        assertThat(run.code()).isEqualTo(Parley.BAD_INPUT);
        JsonNode doc = ResultJson.mapper().readTree(run.out());
        assertThat(doc.get("valid").booleanValue()).isFalse();
        JsonNode file = doc.get("files").get(0);
        assertThat(file.get("file").asText()).isEqualTo(path);
        assertThat(file.get("valid").booleanValue()).isFalse();
        List<JsonNode> errors = new ArrayList<>();
        file.get("errors").forEach(errors::add);
        assertThat(errors).extracting(e -> e.get("line").asInt()).containsExactly(15, 21, 29, 32, 37);
        assertThat(errors).extracting(e -> e.get("path").asText()).containsExactly("actors[0].capability",
                "actors[0].stances.AID.position", "actors[1].stances.TRADE", "actors[2].id",
                "actors[2].stances.TAX.salience");
        assertThat(errors).allSatisfy(e -> {
            assertThat(e.get("file").asText()).isEqualTo(path);
            assertThat(e.get("message").asText()).contains("expected");
        });
    }

    @Test
    void aValidFileNextToAnInvalidOneIsReportedOkAndTheRunExitsWith2() {
        String bad = CORPUS.resolve("yaml-negative-salience.yaml").toString();
        Cli.Run run = parley("validate", "examples/emission-1994.yaml", bad);
        assertThat(run.code()).isEqualTo(Parley.BAD_INPUT);
        assertThat(run.out()).isEqualTo("examples/emission-1994.yaml: ok (10 actors, 1 issues, 0 packages)"
                + System.lineSeparator());
        assertThat(run.err()).contains(bad + ":28: actors[1].stances.TAX.salience: is -5; expected 0 to 100")
                .doesNotContain("emission-1994");
    }

    @Test
    void aSizeLimitAboveWhatJavaCanReadIsRefusedAsBadUsage() {
        Cli.Run run = parley("validate", "--max-input-mb", "5000", "examples/emission-1994.yaml");
        assertThat(run.code()).isEqualTo(Parley.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--max-input-mb", "at most 1024").doesNotContain("Exception");
    }

    private static void assertRefused(Cli.Run run, String path) {
        assertThat(run.code()).as("exit code; stderr:%n%s", run.err()).isEqualTo(Parley.BAD_INPUT);
        assertThat(run.out()).as("stdout").isEmpty();
        assertThat(run.err()).as("stderr").contains(path).doesNotContain("at org.", "at java.", "Exception");
    }

    private static int problemCount(String err, String path) {
        return err.lines().filter(l -> l.startsWith(path + ": ") && l.matches(".*: \\d+ problems?$"))
                .map(l -> l.substring(l.lastIndexOf(": ") + 2).split(" ")[0]).mapToInt(Integer::parseInt)
                .findFirst().orElse(0);
    }
}
