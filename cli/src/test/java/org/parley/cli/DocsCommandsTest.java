package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.parley.io.AtomicFiles;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The documentation runs: every {@code $ ./parley ...} command in the fenced blocks of {@link #PAGES} is run
 * in-process and must print what the page shows under it (rules in {@link DocOutput}) and exit as the page says
 * ({@code (exit N)}, else 0). With {@code -Dparley.docs.update=true} the pages' outputs are rewritten with what the
 * commands print today, and the run passes.
 *
 * <p>Shell features: {@code PARLEY_DB=FILE} before the command becomes {@code --db FILE}; globs are expanded in
 * sorted order; every path under /tmp is moved to a fresh folder under cli/target (and written back as /tmp in
 * the output), so nothing is written outside target/; a command documented to succeed may write only there. A
 * block right after {@code <!-- not run: reason -->} is skipped with that reason; at most {@link #MAX_SKIPPED}
 * commands may be skipped. A command is run once per distinct argument list, except commands that name a run
 * database, which read or write it in page order.
 */
class DocsCommandsTest {

    /** The pages whose commands run. */
    static final List<String> PAGES = List.of("README.md", "docs/user-guide.md", "docs/flagship.md", "docs/backtest.md",
            "docs/models/compromise.md", "docs/formats/bdm-actor-table.md", "docs/formats/ktab-csv.md");

    /** More skipped commands than this fail the run: the docs should show what runs. */
    static final int MAX_SKIPPED = 5;

    private static final boolean UPDATE = Boolean.getBoolean("parley.docs.update");
    private static final Path TMP = Path.of("cli", "target", "docs-tmp").toAbsolutePath();
    private static final Path PRINTED = Path.of("cli", "target", "docs-printed");
    private static final Pattern ENV = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*");
    private static final Pattern TMP_PATH = Pattern.compile("(^|=)/tmp(?=/|$)");
    private static final Set<String> OUTPUT_OPTIONS = Set.of("-o", "--out", "--png", "--csv", "--export-genius");

    /** A documented command made ready to run: its arguments, or why it is skipped. */
    record Prepared(DocCommand doc, List<String> args, String skip, boolean once, String problem) {
        static Prepared skipped(DocCommand doc, String reason) {
            return new Prepared(doc, List.of(), reason, false, null);
        }

        String name() {
            return doc.where() + " $ " + doc.command();
        }
    }

    /** What a run printed, as a terminal shows it, and its exit code. */
    record Printed(int code, List<String> lines) {
    }

    private static final Map<String, List<String>> pages = new LinkedHashMap<>();
    private static final List<Prepared> commands = new ArrayList<>();
    private static final Map<List<String>, Printed> once = new LinkedHashMap<>();
    private static final Map<String, List<Replacement>> updates = new TreeMap<>();
    private static int runs;

    /** Lines [from, to) of a page to be replaced by {@code lines}. */
    private record Replacement(int from, int to, List<String> lines) {
    }

    @BeforeAll
    static void prepare() throws IOException {
        deleteTree(TMP);
        deleteTree(PRINTED);
        Files.createDirectories(TMP);
        for (String page : PAGES) {
            List<String> lines = Files.readAllLines(Path.of(page), StandardCharsets.UTF_8);
            pages.put(page, lines);
            for (DocCommand c : DocCommand.parse(page, lines)) {
                commands.add(prepare(c));
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> every_documented_command_prints_what_the_page_shows() {
        return commands.stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> check(p)));
    }

    @Test
    void few_commands_are_skipped_and_each_says_why() {
        List<String> skipped = commands.stream().filter(p -> p.skip() != null)
                .map(p -> p.name() + ": " + p.skip()).toList();
        assertThat(skipped).as("skipped commands").hasSizeLessThanOrEqualTo(MAX_SKIPPED);
        assertThat(commands.stream().filter(p -> p.skip() == null).count()).as("commands run").isGreaterThan(20);
    }

    @Test
    void every_command_has_a_worked_example_in_the_user_guide() {
        Set<String> shown = new LinkedHashSet<>();
        for (Prepared p : commands) {
            if (p.doc().file().equals("docs/user-guide.md") && p.skip() == null && p.doc().exit() == 0) {
                shown.add(p.args().get(0).equals("runs") && p.args().size() > 1 ? "runs " + p.args().get(1)
                        : p.args().get(0));
            }
        }
        assertThat(shown).as("commands with a worked example in docs/user-guide.md").containsAll(commandNames());
    }

    @Test
    void the_readme_names_every_command() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        List<String> missing = commandNames().stream().filter(c -> !readme.contains("./parley " + c)).toList();
        assertThat(missing).as("commands README.md does not show as ./parley COMMAND").isEmpty();
    }

    @Test
    void every_command_shown_without_output_parses() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<String>> page : pages.entrySet()) {
            for (Map.Entry<Integer, String> shown : DocCommand.shown(page.getValue()).entrySet()) {
                List<String> words = ShellWords.split(shown.getValue()).stream().map(ShellWords.Word::text)
                        .toList();
                try {
                    Parley.commandLine().parseArgs(words.subList(1, words.size()).toArray(String[]::new));
                } catch (CommandLine.ParameterException e) {
                    wrong.add(page.getKey() + ":" + shown.getKey() + ": " + shown.getValue() + ": " + e.getMessage());
                }
            }
        }
        assertThat(wrong).as("commands shown in the pages that parley would refuse").isEmpty();
    }

    /** Every subcommand of {@code parley --help}, and of {@code parley runs}, as {@code runs list}. */
    static List<String> commandNames() {
        List<String> names = new ArrayList<>();
        Parley.commandLine().getSubcommands().forEach((name, sub) -> {
            if (name.equals("help")) {
                return;
            }
            if (sub.getSubcommands().isEmpty()) {
                names.add(name);
            } else {
                sub.getSubcommands().keySet().stream().filter(s -> !s.equals("help"))
                        .forEach(s -> names.add(name + " " + s));
            }
        });
        return names;
    }

    private static void check(Prepared p) {
        Assumptions.assumeTrue(p.skip() == null, () -> "not run: " + p.skip());
        if (p.problem() != null) {
            throw new AssertionError(p.name() + ": " + p.problem());
        }
        Printed printed = p.once() ? once.computeIfAbsent(p.args(), DocsCommandsTest::run) : run(p.args());
        DocCommand doc = p.doc();
        save(doc, printed);
        boolean same = printed.code() == doc.exit() && DocOutput.matches(doc.output(), printed.lines());
        if (same) {
            return;
        }
        String why = printed.code() != doc.exit()
                ? "exit code " + printed.code() + ", documented " + doc.exit()
                : DocOutput.mismatch(doc.output(), printed.lines());
        if (UPDATE) {
            List<String> lines = new ArrayList<>(DocOutput.update(doc.output(), printed.lines()));
            if (printed.code() != 0) {
                lines.add("(exit " + printed.code() + ")");
            }
            List<String> page = pages.get(doc.file());
            for (int i = doc.to() - 1; i >= doc.from() && page.get(i).isBlank(); i--) {
                lines.add("");
            }
            updates.computeIfAbsent(doc.file(), f -> new ArrayList<>()).add(new Replacement(doc.from(), doc.to(),
                    lines));
            return;
        }
        throw new AssertionError(p.name() + ": " + why + "\n(-Dparley.docs.update=true rewrites the page)\n"
                + "--- documented" + (doc.exit() == 0 ? "" : " (exit " + doc.exit() + ")") + "\n"
                + String.join("\n", doc.output()) + "\n--- printed (exit " + printed.code() + ")\n"
                + String.join("\n", printed.lines()));
    }

    /** Keeps what each command printed under cli/target/docs-printed, for writing excerpts from it. */
    private static void save(DocCommand doc, Printed printed) {
        Path file = PRINTED.resolve(doc.file().replace('/', '-') + "-" + doc.line() + ".txt");
        try {
            Files.createDirectories(PRINTED);
            Files.writeString(file, "$ " + doc.command() + "\n" + String.join("\n", printed.lines()) + "\n"
                    + (printed.code() == 0 ? "" : "(exit " + printed.code() + ")\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Printed run(List<String> args) {
        CommandLine cl = Parley.commandLine();
        // one writer for both streams, as a terminal shows them: a progress bar on stderr before the table after it
        StringWriter printed = new StringWriter();
        cl.setOut(new PrintWriter(printed, true));
        cl.setErr(new PrintWriter(printed, true));
        int code = cl.execute(args.toArray(String[]::new));
        runs++;
        List<String> tmp = new ArrayList<>(List.of(TMP.toString()));
        try {
            tmp.add(0, TMP.toRealPath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Printed(code, DocOutput.shown(printed.toString(), tmp));
    }

    @AfterAll
    static void report() {
        List<Prepared> skipped = commands.stream().filter(p -> p.skip() != null).toList();
        StringBuilder b = new StringBuilder("Documented commands: " + commands.size() + " in " + PAGES + ", "
                + runs + " runs, " + skipped.size() + " skipped (at most " + MAX_SKIPPED + ")\n");
        skipped.forEach(p -> b.append("  skipped ").append(p.name()).append(": ").append(p.skip()).append('\n'));
        updates.forEach((page, list) -> {
            List<String> lines = new ArrayList<>(pages.get(page));
            list.stream().sorted(Comparator.comparingInt(Replacement::from).reversed()).forEach(r -> {
                lines.subList(r.from(), r.to()).clear();
                lines.addAll(r.from(), r.lines());
            });
            AtomicFiles.write(Path.of(page), String.join("\n", lines) + "\n");
            b.append("  rewrote ").append(list.size()).append(" outputs in ").append(page).append('\n');
        });
        System.out.print(b);
    }

    /** The command's arguments with the shell's work done, or the reason it cannot run. */
    static Prepared prepare(DocCommand c) {
        if (c.notRun() != null) {
            return Prepared.skipped(c, c.notRun());
        }
        List<ShellWords.Word> words;
        try {
            words = ShellWords.split(c.command());
        } catch (ShellWords.Unsupported e) {
            return Prepared.skipped(c, e.getMessage());
        }
        Map<String, String> env = new LinkedHashMap<>();
        int i = 0;
        while (i < words.size() && ENV.matcher(words.get(i).text()).matches()) {
            String w = words.get(i).text();
            env.put(w.substring(0, w.indexOf('=')), w.substring(w.indexOf('=') + 1));
            i++;
        }
        if (i >= words.size() || !words.get(i).text().equals("./parley")) {
            return Prepared.skipped(c, "not a ./parley command");
        }
        List<String> args = new ArrayList<>();
        try {
            for (ShellWords.Word w : words.subList(i + 1, words.size())) {
                String text = tmp(w.text());
                if (w.glob()) {
                    args.addAll(ShellWords.expand(Path.of("").toAbsolutePath(), text));
                } else {
                    args.add(text);
                }
            }
        } catch (ShellWords.Unsupported e) {
            return Prepared.skipped(c, e.getMessage());
        }
        CommandSpec spec = spec(args);
        for (Map.Entry<String, String> e : env.entrySet()) {
            if (!e.getKey().equals("PARLEY_DB")) {
                return Prepared.skipped(c, "sets " + e.getKey() + ", which an in-process run cannot");
            }
            if (spec == null || spec.findOption("--db") == null) {
                return Prepared.skipped(c, "PARLEY_DB on a command without --db");
            }
            args.add("--db");
            args.add(tmp(e.getValue()));
        }
        String problem = c.exit() == 0 ? outputOutsideTmp(args) : null;
        boolean namesDb = args.stream().anyMatch(a -> a.equals("--db") || a.startsWith("--db="));
        return new Prepared(c, List.copyOf(args), null, !namesDb, problem);
    }

    private static String tmp(String word) {
        return TMP_PATH.matcher(word).replaceAll("$1" + java.util.regex.Matcher.quoteReplacement(TMP.toString()));
    }

    /** The spec of the (sub)command the arguments call, or null when they do not parse. */
    private static CommandSpec spec(List<String> args) {
        try {
            CommandLine.ParseResult r = Parley.commandLine().parseArgs(args.toArray(String[]::new));
            while (r.hasSubcommand()) {
                r = r.subcommand();
            }
            return r.commandSpec();
        } catch (CommandLine.ParameterException e) {
            return e.getCommandLine().getCommandSpec();
        }
    }

    /** Why the command may not run: an output outside the test's /tmp (null when there is none). */
    private static String outputOutsideTmp(List<String> args) {
        CommandLine.ParseResult r;
        try {
            r = Parley.commandLine().parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            return null;
        }
        while (r.hasSubcommand()) {
            r = r.subcommand();
        }
        List<String> outputs = new ArrayList<>();
        for (OptionSpec o : r.matchedOptions()) {
            if (Stream.of(o.names()).anyMatch(OUTPUT_OPTIONS::contains)) {
                outputs.addAll(o.originalStringValues());
            }
        }
        if (r.commandSpec().name().equals("convert") && r.matchedPositionals().size() > 1) {
            outputs.addAll(r.matchedPositionals().get(1).originalStringValues());
        }
        for (String out : outputs) {
            if (!out.equals("-") && !Path.of(out).toAbsolutePath().normalize().startsWith(TMP)) {
                return "'" + out + "' is an output outside /tmp; a documented command that succeeds must write "
                        + "under /tmp, which the test moves into target/";
            }
        }
        return null;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
