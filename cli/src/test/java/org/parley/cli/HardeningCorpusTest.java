package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hardening corpus (issue 9): for each class of hostile input, small files made at test time, each run through
 * every command that reads it (validate, show, forecast with each model, deals, convert, analyze -o, report -o).
 * Every run must end in exit code 0 or 2, never 1: a valid input in exit 0 (except deals, which refuses the emission
 * scenario they are made from: it has no two parties with reservation values), a bad input in exit 2 with a message
 * that names the file (and the line, where the problem has one); never a stack trace; and a bounded amount of
 * output.
 */
class HardeningCorpusTest {

    /** What deals says of the valid inputs, all made from the emission scenario: it has no deal space. */
    private static final String NO_DEAL_SPACE = "a deal needs at least two parties with reservation values";

    /** Most bytes of messages any run may print (a few kilobytes, whatever the input). */
    private static final int MAX_STDERR = 4096;

    @TempDir
    static Path dir;

    /** One input: the file, what every command must say about it (null: the input is valid). */
    record Case(String name, String file, String expected, boolean located) {
    }

    static final List<Case> CASES = new ArrayList<>();

    private static String emission() throws IOException {
        return Files.readString(Path.of("examples/emission-1994.yaml"), StandardCharsets.UTF_8);
    }

    private static void add(String file, String content, String expected, boolean located) throws IOException {
        Files.writeString(dir.resolve(file), content, StandardCharsets.UTF_8);
        CASES.add(new Case(file, dir.resolve(file).toString(), expected, located));
    }

    @BeforeAll
    static void makeTheCorpus() throws IOException {
        String bdmHead = "Actor,Capability,Position,Salience\n";
        // class 2: a few bytes that blow up (numbers whose exponent makes them huge to print, or beyond an int)
        add("tiny-exponent.csv", bdmHead + "A,-1e-300000000,10,50\nB,20,30,40\n",
                "Capability: '-1e-300000000'; expected a finite number", true);
        add("int-exponent.csv", bdmHead + "A,-1e-3000000000,10,50\nB,20,30,40\n",
                "Capability: '-1e-3000000000'; expected a finite number", true);
        add("ktab-exponent.csv", "k,d,3,1\nActor,Description,Power,X,X sal\nA,a,1e-99999999,10,50\nB,b,1,20,50\n"
                + "C,c,1,30,50\n", "'1e-99999999'; expected a finite number", true);
        add("decide-exponent.txt", "#A\tA\n#A\tB\n#P\tX\n#D\tA\tX\t1e99999999999\t0.5\t1\n#D\tB\tX\t50\t0.5\t1\n",
                "'1e99999999999'; expected a finite number", true);
        add("ktab-exponent.xml", "<?xml version=\"1.0\"?>\n<Scenario><name>x</name><Dimensions><dName>X</dName>"
                + "</Dimensions><Actors>" + ktabActor("A", "1e-400000000") + ktabActor("B", "1") + ktabActor("C", "1")
                + "</Actors></Scenario>\n", "'1e-400000000'; expected a finite number", false);
        add("yaml-long-number.yaml", emission().replaceFirst("capability: [0-9.]+", "capability: "
                + "9".repeat(1_000_000)), "a number written with 1000000 characters; expected at most 100", true);
        add("json-long-number.json", "{\"parley\": 1, \"issues\": [{\"id\": \"X\", \"scale\": {\"min\": 0, \"max\": "
                + "1" + "0".repeat(5000) + "}}], \"actors\": []}", "a number written with", true);
        // class 3: XML nested 25,000 deep
        add("deep.xml", "<?xml version=\"1.0\"?>\n<Scenario><name>x</name><desc>" + "<a>".repeat(25_000)
                + "</a>".repeat(25_000) + "</desc></Scenario>\n", "elements nested deeper than 64 levels", true);
        // class 4: values that pass a double but overflow the models
        add("huge-capability.yaml", emission().replaceFirst("capability: [0-9.]+", "capability: 1e308"),
                "expected a number from -1e15 to 1e15", true);
        add("huge-scale.yaml", emission().replaceFirst("min: 4", "min: -1.7e308").replaceFirst("max: 10",
                "max: 1.7e308"), "expected a number from -1e15 to 1e15", true);
        // class 5 and 9: a limit breached is reported once, not followed by every consequence
        StringBuilder issues = new StringBuilder("parley: 1\nissues:\n");
        for (int d = 0; d < 1001; d++) {
            issues.append("  - {id: I").append(d).append(", scale: {min: 0, max: 10}}\n");
        }
        issues.append("actors:\n");
        for (int a = 0; a < 3; a++) {
            issues.append("  - {id: A").append(a).append(", capability: 1, stances: {I0: {position: 1, salience: 1},"
                    + " I1: {position: 2, salience: 1}, I2: {position: 3, salience: 1}}}\n");
        }
        add("issues-1001.yaml", issues.toString(), "1001 issues, more than the limit of 1000", true);
        // class 9: two names that make one id
        add("decide-same-id.txt", "#A\tA B\n#A\tA_B\n#P\tX\n#D\tA B\tX\t10\t0.5\t1\n#D\tA_B\tX\t50\t0.5\t1\n",
                "both make the id 'A_B'", true);
        // class 6: one long line, valid
        add("long-comment.yaml", "# " + "x".repeat(4_000_000) + "\n" + emission(), null, false);
        add("long-description.yaml", emission().replaceFirst("(?m)^description: .*$", "description: \""
                + "y".repeat(4_000_000) + "\""), null, false);
    }

    /** GeniusWeb domain folders: a domain of {@code issues} and two profiles over it. */
    private static Path geniusWeb(String name, String issues, String utilities1, String utilities2, String weights1,
                                  String weights2) throws IOException {
        Path d = Files.createDirectories(dir.resolve(name));
        Files.writeString(d.resolve("domain.json"), "{\"name\": \"" + name + "\", \"issuesValues\": {" + issues
                + "}}");
        Files.writeString(d.resolve("a.json"), "{\"LinearAdditiveUtilitySpace\": {\"issueUtilities\": {"
                + utilities1 + "}, \"issueWeights\": {" + weights1 + "}}}");
        Files.writeString(d.resolve("b.json"), "{\"LinearAdditiveUtilitySpace\": {\"issueUtilities\": {"
                + utilities2 + "}, \"issueWeights\": {" + weights2 + "}}}");
        return d;
    }

    private static String discrete(String issue, String... valueUtility) {
        StringBuilder b = new StringBuilder("\"" + issue + "\": {\"DiscreteValueSetUtilities\": "
                + "{\"valueUtilities\": {");
        for (int k = 0; k < valueUtility.length; k += 2) {
            b.append(k == 0 ? "" : ", ").append('"').append(valueUtility[k]).append("\": ").append(valueUtility[k + 1]);
        }
        return b.append("}}}").toString();
    }

    /** Domains given to deals: a folder, what deals must say about it (a part of the message). */
    record Domain(String name, Path folder, String expected) {
    }

    static List<Domain> domains() throws IOException {
        List<Domain> out = new ArrayList<>();
        // class 2: a range whose step is 1e-999999999
        out.add(new Domain("tiny step", geniusWeb("tiny-step", "\"x\": {\"range\": {\"low\": 0, \"high\": 1, "
                + "\"step\": 1e-999999999}}", "", "", "\"x\": 1", "\"x\": 1"),
                "range.step: '1E-999999999'; expected a finite number"));
        // class 5: a domain of 10^48 outcomes in 8 issues of 10^6 values
        StringBuilder big = new StringBuilder();
        for (int k = 0; k < 8; k++) {
            big.append(k == 0 ? "" : ", ").append("\"i").append(k).append("\": {\"range\": {\"low\": 1, \"high\": "
                    + "1000000, \"step\": 1}}");
        }
        out.add(new Domain("10^48 outcomes", geniusWeb("huge-values", big.toString(), "", "", "\"i0\": 1",
                "\"i0\": 1"), "values in all (a range has (high - low) / step + 1); expected at most 250000"));
        // class 5: 2^70 outcomes on two frontier points: a count beyond a long is never wrapped (see below)
        StringBuilder issues = new StringBuilder();
        StringBuilder u = new StringBuilder();
        StringBuilder w1 = new StringBuilder();
        StringBuilder w2 = new StringBuilder();
        for (int k = 0; k < 70; k++) {
            String sep = k == 0 ? "" : ", ";
            issues.append(sep).append("\"b").append(k).append("\": {\"values\": [\"no\", \"yes\"]}");
            u.append(sep).append(discrete("b" + k, "no", "0", "yes", "1"));
            w1.append(sep).append("\"b").append(k).append("\": ").append(k == 0 ? 1 : 0);
            w2.append(sep).append("\"b").append(k).append("\": ").append(k == 0 ? 1 : 0);
        }
        overflow = geniusWeb("overflow", issues.toString(), u.toString(), u.toString(), w1.toString(),
                w2.toString());
        // class 9: values of the wrong type are named as such, not as duplicates
        out.add(new Domain("values of the wrong type", geniusWeb("types", "\"x\": {\"values\": [1, {\"a\": 2}, "
                + "[3]]}", discrete("x", "1", "1"), discrete("x", "1", "1"), "\"x\": 1", "\"x\": 1"),
                "issuesValues.x.values[0]: expected a value name in quotes, got the number 1"));
        // class 3: a GENIUS domain nested 25,000 deep
        Path deep = Files.createDirectories(dir.resolve("deep-genius"));
        Files.writeString(deep.resolve("domain.xml"), "<negotiation_template><utility_space><objective name=\"o\">"
                + "<objective>".repeat(25_000) + "</objective>".repeat(25_000) + "</objective></utility_space>"
                + "</negotiation_template>\n");
        Files.copy(Path.of("data/genius/laptop_anac2011/laptop_buyer_utility.xml"), deep.resolve("a.xml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of("data/genius/laptop_anac2011/laptop_seller_utility.xml"), deep.resolve("b.xml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        out.add(new Domain("GENIUS nested deep", deep, "elements nested deeper than 64 levels"));
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyHostileDomainIsRefusedByDealsWithAMessageAndNoTrace() throws IOException {
        return domains().stream().map(d -> DynamicTest.dynamicTest(d.name(), () -> {
            Cli.Run run = Cli.run("deals", d.folder().toString());
            String what = "deals " + d.folder() + " -> exit " + run.code() + "\n" + shortened(run.err());
            assertThat(run.code()).as(what).isEqualTo(Parley.BAD_INPUT);
            assertThat(run.err()).as(what).contains(d.expected()).doesNotContain("\tat ", "Exception",
                    "internal error");
            assertThat(run.err().length()).as(what).isLessThanOrEqualTo(MAX_STDERR);
        }));
    }

    static Path overflow;

    @org.junit.jupiter.api.Test
    void outcomeCountsBeyondALongAreSaturatedAndSaidToMeanAtLeastNeverWrapped() throws IOException {
        domains();
        Cli.Run run = Cli.run("deals", overflow.toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        var doc = run.json();
        assertThat(doc.get("outcomes").asText()).isEqualTo("1180591620717411303424");
        assertThat(doc.get("pareto").get("outcomes_on_frontier").asLong()).isEqualTo(Long.MAX_VALUE);
        doc.get("pareto").get("frontier").forEach(p -> assertThat(p.get("outcomes").asLong()).isPositive());
        assertThat(doc.get("notes").toString()).contains("the outcomes on the frontier number more than "
                + "9223372036854775807", "mean at least that many");
    }

    @org.junit.jupiter.api.Test
    void theFlagshipAtAThousandValuesPerIssueIsRefusedNamingTheFlagThatRaisesTheLimit() {
        Cli.Run run = Cli.run("deals", "examples/ukraine-2022-grand-bargain.yaml", "--grid", "1000");
        assertThat(run.code()).isEqualTo(Parley.BAD_INPUT);
        assertThat(run.err()).contains("the Pareto frontier is too large to merge", "raise --max-candidates",
                "--grid").doesNotContain("Exception");
    }

    @org.junit.jupiter.api.Test
    void aNegativeRowCountIsAUsageError() {
        Cli.Run run = Cli.run("deals", "examples/ukraine-2022-grand-bargain.yaml", "--rows", "-1");
        assertThat(run.code()).isEqualTo(Parley.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("parley: --rows -1: expected a number of rows >= 0\n");
    }

    private static String ktabActor(String name, String capability) {
        return "<Actor><name>" + name + "</name><capability>" + capability + "</capability><Position><dCoord>50"
                + "</dCoord></Position><Salience><dSal>50</dSal></Salience></Actor>";
    }

    /** Every command that reads a scenario, with the arguments it takes after the file. */
    static List<List<String>> commands() {
        Path out = dir.resolve("out");
        return List.of(List.of("validate"), List.of("show", "--no-store"),
                List.of("forecast", "--model", "compromise", "--no-store"),
                List.of("forecast", "--model", "median", "--no-store"),
                List.of("forecast", "--model", "bdm", "--no-store"),
                List.of("forecast", "--model", "exchange", "--no-store"),
                List.of("forecast", "--model", "smp", "--no-store"), List.of("deals"),
                List.of("convert", out.resolve("converted.yaml").toString()),
                List.of("analyze", "--no-store", "-o", out.resolve("a.html").toString()),
                List.of("report", "--no-store", "-o", out.resolve("r.html").toString()));
    }

    @TestFactory
    Stream<DynamicTest> everyHostileInputEndsInExit2WithALocatedMessageInEveryCommand() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : CASES) {
            for (List<String> command : commands()) {
                tests.add(DynamicTest.dynamicTest(c.name() + " / " + String.join(" ", command), () -> check(c,
                        command)));
            }
        }
        return tests.stream();
    }

    private static void check(Case c, List<String> command) {
        List<String> args = new ArrayList<>();
        args.add(command.get(0));
        args.add(c.file());
        args.addAll(command.subList(1, command.size()));
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        String what = String.join(" ", args) + " -> exit " + run.code() + "\n" + shortened(run.err());
        assertThat(run.code()).as(what).isIn(Parley.OK, Parley.BAD_INPUT);
        assertThat(run.err()).as(what).doesNotContain("\tat ", "Exception", "internal error");
        assertThat(run.err().length()).as(what).isLessThanOrEqualTo(MAX_STDERR);
        assertThat(run.out().length()).as(what).isLessThanOrEqualTo(1 << 20);
        if (c.expected() == null && command.get(0).equals("deals")) {
            assertThat(run.code()).as(what).isEqualTo(Parley.BAD_INPUT);
            assertThat(run.err()).as(what).contains(NO_DEAL_SPACE);
        } else if (c.expected() == null) {
            assertThat(run.code()).as(what).isEqualTo(Parley.OK);
        } else {
            assertThat(run.code()).as(what).isEqualTo(Parley.BAD_INPUT);
            assertThat(run.err()).as(what).contains(c.expected());
            String place = c.located() ? c.file() + ":" : c.file() + ": ";
            assertThat(run.err().lines()).as(what).anyMatch(l -> l.startsWith(place) && l.contains(c.expected()));
            long problems = run.err().lines().filter(l -> l.startsWith(c.file()) && !l.matches(".*: \\d+ problems?$"))
                    .count();
            assertThat(problems).as("problems listed: " + what).isLessThanOrEqualTo(c.name().startsWith("huge-scale")
                    ? 2 : 1);
        }
    }

    private static String shortened(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) + "..." : s;
    }
}
