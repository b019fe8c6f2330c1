package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley tournament}: tables, determinism, resuming after a kill, plug-ins from a jar, refusals. */
class TournamentCommandTest {

    @TempDir
    Path dir;

    private Path config(String name, String... lines) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("\n", lines) + "\n");
        return f;
    }

    private static String party() {
        return Path.of("data/genius/partydomain").toAbsolutePath().toString();
    }

    private static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    @Test
    void the_same_seed_gives_byte_identical_tables_on_one_and_on_two_threads() throws Exception {
        Path cfg = config("t.yaml", "seed: 11", "deadline: {rounds: 80}", "repetitions: 3",
                "negotiators: [boulware, conceder, random, nash, tit-for-tat]",
                "domains:", "  - {domain: " + party() + "/party_domain.xml, profiles: [party1_utility.xml, "
                        + "party3_utility.xml]}", "  - " + Path.of("data/genius/laptop_anac2011").toAbsolutePath());
        Cli.Run one = Cli.run("tournament", cfg.toString(), "--threads", "1", "--out", dir.resolve("one").toString(),
                "--no-store");
        assertThat(one.code()).as(one.err()).isZero();
        Cli.Run two = Cli.run("tournament", cfg.toString(), "--threads", "2", "--out", dir.resolve("two").toString(),
                "--no-store", "--json");
        assertThat(two.code()).as(two.err()).isZero();
        for (String f : List.of("sessions.csv", "negotiators.csv", "domains.csv", "pairings.csv", "tournament.json")) {
            assertThat(Files.readString(dir.resolve("two").resolve(f))).as(f)
                    .isEqualTo(Files.readString(dir.resolve("one").resolve(f)));
        }
        assertThat(two.out()).isEqualTo(Files.readString(dir.resolve("one/tournament.json")));
        assertThat(Files.readAllLines(dir.resolve("one/sessions.csv"))).hasSize(1 + 2 * 20 * 3);
        assertThat(one.out()).startsWith("120 sessions: 5 negotiators on 2 domains, every role assignment, 3 "
                + "repetitions; SAOP, deadline 80 rounds, seed 11.\n");
        assertThat(one.err()).doesNotContain("tournament [") // stderr is no terminal here: no progress bar
                .contains("wrote " + dir.resolve("one/sessions.csv") + System.lineSeparator());
        Cli.Run again = Cli.run("tournament", cfg.toString(), "--threads", "2", "--out", dir.resolve("one")
                .toString(), "--no-store");
        assertThat(again.err()).contains("resuming: 120 of 120 sessions already done");
        assertThat(again.out()).isEqualTo(one.out());
    }

    @Test
    void a_tournament_killed_part_way_resumes_from_its_output_to_the_same_tables() throws Exception {
        Path cfg = config("big.yaml", "seed: 5", "deadline: {rounds: 400}", "repetitions: 150",
                "negotiators: [hardliner, tit-for-tat, boulware, conceder]",
                "domains:", "  - {domain: " + party() + "/party_domain.xml, profiles: [party1_utility.xml, "
                        + "party2_utility.xml]}");
        Path killed = dir.resolve("killed");
        Path log = dir.resolve("child.log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-cp", classPath(), Parley.class.getName(), "tournament", cfg.toString(),
                "--threads", "1", "--out", killed.toString(), "--no-store"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path progress = killed.resolve("progress.jsonl");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (lines(progress) < 40 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(p.isAlive()).as("still running; log: " + Files.readString(log)).isTrue();
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(killed.resolve("sessions.csv")).doesNotExist();
        long before = lines(progress) - 1;
        assertThat(before).isBetween(39L, 1799L);

        Cli.Run resumed = Cli.run("tournament", cfg.toString(), "--threads", "2", "--out", killed.toString(),
                "--no-store");
        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(resumed.err()).containsPattern("resuming: \\d+ of 1800 sessions already done");
        Cli.Run whole = Cli.run("tournament", cfg.toString(), "--threads", "2", "--out", dir.resolve("whole")
                .toString(), "--no-store");
        assertThat(whole.code()).as(whole.err()).isZero();
        for (String f : List.of("sessions.csv", "negotiators.csv", "pairings.csv", "tournament.json")) {
            assertThat(Files.readString(killed.resolve(f))).as(f).isEqualTo(Files.readString(dir.resolve("whole")
                    .resolve(f)));
        }
        assertThat(resumed.out()).isEqualTo(whole.out());
    }

    private static long lines(Path f) {
        if (!Files.exists(f)) {
            return 0;
        }
        try (Stream<String> s = Files.lines(f)) {
            return s.count();
        } catch (Exception e) {
            return 0;
        }
    }

    /** A negotiator written outside Parley: holds its best bid, then accepts any standing offer from time FROM. */
    static final String PLUGIN = String.join("\n",
            "package example.plugin;",
            "",
            "import org.parley.core.negotiation.party.Action;",
            "import org.parley.core.negotiation.party.Negotiator;",
            "import org.parley.core.negotiation.party.NegotiatorFactory;",
            "import org.parley.core.negotiation.party.PartyContext;",
            "import org.parley.core.params.Params;",
            "",
            "public final class HalfwayFactory implements NegotiatorFactory {",
            "    @Override public String name() { return \"halfway\"; }",
            "    @Override public String description() { return \"holds its best bid, accepts from time 'from'\"; }",
            "    @Override public Negotiator create(Params params) {",
            "        params.requireKnown(name(), java.util.Set.of(\"from\"));",
            "        double from = params.number(\"from\", 0.5, 0, 1);",
            "        return new Negotiator() {",
            "            private PartyContext context;",
            "            private boolean standing;",
            "            @Override public void init(PartyContext c) { context = c; }",
            "            @Override public Action act(int round, double time) {",
            "                if (standing && time >= from) { return Action.accept(); }",
            "                return Action.offer(context.index().bid(0));",
            "            }",
            "            @Override public void observe(int party, Action a, double time) {",
            "                if (a.kind() == Action.Kind.OFFER) { standing = party != context.me(); }",
            "            }",
            "        };",
            "    }",
            "}",
            "");

    /** Compiles {@link #PLUGIN} against Parley's classes and packs it with its service file into a jar. */
    static Path pluginJar(Path dir) throws Exception {
        Path src = dir.resolve("src/example/plugin/HalfwayFactory.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, PLUGIN);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "-d", classes.toString(), "-cp", classPath(), "--release", "17",
                src.toString());
        assertThat(rc).as("javac").isZero();
        Path jar = dir.resolve("halfway.jar");
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(os)) {
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path c : files.filter(Files::isRegularFile).sorted().toList()) {
                    j.putNextEntry(new JarEntry(classes.relativize(c).toString().replace('\\', '/')));
                    j.write(Files.readAllBytes(c));
                    j.closeEntry();
                }
            }
            j.putNextEntry(new JarEntry("META-INF/services/org.parley.core.negotiation.party.NegotiatorFactory"));
            j.write("example.plugin.HalfwayFactory\n".getBytes(StandardCharsets.UTF_8));
            j.closeEntry();
        }
        return jar;
    }

    @Test
    void a_negotiator_compiled_outside_parley_is_loaded_from_a_jar_and_plays_in_a_tournament() throws Exception {
        Path jar = pluginJar(dir.resolve("plugin"));
        Path cfg = config("plug.yaml", "deadline: 50", "negotiators: [halfway, 'halfway(from=0.9)', boulware, "
                + "hardliner]", "domains:", "  - {domain: " + party() + "/party_domain.xml, profiles: "
                + "[party1_utility.xml, party2_utility.xml]}");
        Path out = dir.resolve("out");
        Cli.Run r = Cli.run("tournament", cfg.toString(), "--plugin", jar.toString(), "--out", out.toString(),
                "--no-store");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> negotiators = Files.readAllLines(out.resolve("negotiators.csv"));
        assertThat(negotiators.get(1)).startsWith("halfway,6,6,1.0,");
        assertThat(negotiators.get(2)).startsWith("\"halfway(from=0.9)\",6,6,1.0,");
        String sessions = Files.readString(out.resolve("sessions.csv"));
        assertThat(sessions).contains(",halfway,").contains("hardliner");
        Cli.Run without = Cli.run("tournament", cfg.toString(), "--no-store");
        assertThat(without.code()).isEqualTo(2);
        assertThat(without.err()).contains(cfg + ":2: negotiators[0]: unknown negotiator 'halfway'");
        Cli.Run session = Cli.run("negotiate", "data/genius/laptop_anac2011", "--agents", "halfway,conceder",
                "--plugin", jar.toString(), "--no-store");
        assertThat(session.code()).as(session.err()).isZero();
        assertThat(session.out()).contains("(halfway)").contains("Agreement in round");
    }

    @Test
    void invalid_configurations_are_refused_with_located_messages_and_exit_2() throws Exception {
        Path lonely = Files.createDirectories(dir.resolve("lonely"));
        Files.copy(Path.of("data/genius/partydomain/party_domain.xml"), lonely.resolve("party_domain.xml"));
        Path cfg = config("bad.yaml", "deadline: {rounds: 0}", "negotiators: [boulware, conceder]",
                "domains: [lonely]");
        Cli.Run r = Cli.run("tournament", cfg.toString(), "--no-store");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(cfg + ":1: deadline.rounds: expected a whole number >= 1, got 0\n");
        Path cfg2 = config("bad2.yaml", "negotiators: [boulware, conceder, sulker]", "domains: [lonely]");
        Cli.Run r2 = Cli.run("tournament", cfg2.toString(), "--no-store");
        assertThat(r2.code()).isEqualTo(2);
        assertThat(r2.err()).startsWith(cfg2 + ":1: negotiators[2]: unknown negotiator 'sulker'; expected one of");
        Path cfg3 = config("bad3.yaml", "negotiators: [boulware, conceder]", "domains: [lonely]");
        Cli.Run r3 = Cli.run("tournament", cfg3.toString(), "--no-store");
        assertThat(r3.code()).isEqualTo(2);
        assertThat(r3.err()).startsWith(cfg3 + ":2: domains[0]: domain 'lonely' cannot be used:\n" + lonely
                + ": found 0 profile(s)");
        Path cfg4 = config("bad4.yaml", "repetitions: 100000", "negotiators: [boulware, conceder, linear]",
                "domains: [" + party() + "]");
        Cli.Run r4 = Cli.run("tournament", cfg4.toString(), "--no-store", "--max-sessions", "1000");
        assertThat(r4.code()).isEqualTo(2);
        assertThat(r4.err()).isEqualTo("parley: the tournament has 600000 sessions, more than the limit of 1000; "
                + "raise it with --max-sessions if you mean it\n");
    }

    @Test
    void a_tournament_is_recorded_in_the_run_store() throws Exception {
        Path cfg = config("small.yaml", "negotiators: [boulware, conceder, linear]", "domains: [" + party() + "]");
        String db = dir.resolve("runs.db").toString();
        Cli.Run r = Cli.run("tournament", cfg.toString(), "--db", db);
        assertThat(r.code()).as(r.err()).isZero();
        Cli.Run show = Cli.run("runs", "show", "1", "--db", db, "--json");
        assertThat(show.json().get("command").asText()).isEqualTo("tournament");
        assertThat(show.json().get("result").toString()).contains("per_negotiator");
        assertThat(r.out()).startsWith("6 sessions: 3 negotiators on 1 domain, every role assignment, 1 repetition;");
    }
}
