package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ParleyTest {

    @Test
    void version_names_the_release() {
        Cli.Run r = Cli.run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("parley 0.");
    }

    @Test
    void a_run_builds_only_the_command_it_names_and_help_or_a_mistake_builds_them_all() {
        assertThat(Parley.commandLine("show").getSubcommands()).containsOnlyKeys("show");
        assertThat(Parley.commandLine("runs").getSubcommands().get("runs").getSubcommands()).containsKey("rerun");
        Set<String> all = Parley.commandLine().getSubcommands().keySet();
        assertThat(all).hasSize(16).contains("help", "analyze", "phase");
        assertThat(Parley.commandLine("help").getSubcommands().keySet()).isEqualTo(all);
        assertThat(Parley.commandLine("analyse").getSubcommands().keySet()).isEqualTo(all);
        assertThat(Parley.commandLine("--version").getSubcommands().keySet()).isEqualTo(all);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"sweep examples/ukraine-2022-grand-bargain.yaml",
            "sensitivity examples/ukraine-2022-grand-bargain.yaml", "backtest data/deu/deu3.csv",
            "negotiate examples/ukraine-2022-grand-bargain.yaml --agents boulware,conceder",
            "tournament examples/tournaments/genius-classics.yaml"})
    void every_threads_option_takes_1_to_1024_with_one_message(String command) {
        for (String t : new String[] {"0", "1025"}) {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(command.split(" ")));
            args.addAll(java.util.List.of("--threads", t, "--no-store"));
            Cli.Run r = Cli.run(args.toArray(String[]::new));
            assertThat(r.code()).as(command + " " + t).isEqualTo(Parley.BAD_INPUT);
            assertThat(r.err()).as(command).isEqualTo("parley: --threads " + t + ": expected 1 to 1024\n");
        }
    }

    /** Every subcommand, as typed: "analyze", ..., "runs list". */
    static java.util.stream.Stream<String> commands() {
        return Parley.commandLine().getSubcommands().entrySet().stream().filter(e -> !e.getKey().equals("help"))
                .flatMap(e -> e.getValue().getSubcommands().isEmpty() ? java.util.stream.Stream.of(e.getKey())
                        : e.getValue().getSubcommands().keySet().stream().filter(s -> !s.equals("help"))
                                .map(s -> e.getKey() + " " + s));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void every_command_has_help_that_renders_without_a_warning(String command) {
        // picocli reports a description it cannot format (an unescaped '%') on System.err, not on the command's err
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        Cli.Run r;
        try {
            System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
            r = Cli.run((command + " --help").split(" "));
        } finally {
            System.setErr(stderr);
        }
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: parley " + command);
        assertThat(warnings.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void bare_parley_prints_usage_and_signals_a_usage_error() {
        Cli.Run r = Cli.run();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("Commands:").contains("analyze");
    }

    @Test
    void unknown_options_and_missing_files_exit_2_without_a_stack_trace() {
        Cli.Run opt = Cli.run("show", "examples/emission-1994.yaml", "--frobnicate");
        assertThat(opt.code()).isEqualTo(2);
        assertThat(opt.err()).contains("unknown option '--frobnicate' for 'parley show'");
        Cli.Run missing = Cli.run("show", "nope.yaml");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("nope.yaml: no such file\n");
    }

    @Test
    void typos_get_a_did_you_mean() {
        Cli.Run command = Cli.run("analyse", "examples/emission-1994.yaml");
        assertThat(command.code()).isEqualTo(2);
        assertThat(command.err()).startsWith("parley: unknown command 'analyse' (did you mean 'analyze'?); expected "
                + "one of [advise, analyze, backtest, convert, deals");
        assertThat(Cli.run("runs", "lst").err()).contains("unknown command 'lst' (did you mean 'list'?)");
        assertThat(Cli.run("analyze", "examples/emission-1994.yaml", "--jsn").err())
                .contains("unknown option '--jsn' (did you mean '--json'?) for 'parley analyze'");
        Cli.Run model = Cli.run("forecast", "examples/emission-1994.yaml", "--model", "bmd");
        assertThat(model.code()).isEqualTo(2);
        assertThat(model.err()).contains("unknown model 'bmd' (did you mean 'bdm'?)");
    }

    @Test
    void a_genius_domain_given_where_a_scenario_belongs_points_to_deals() {
        for (String[] args : new String[][] {{"analyze"}, {"show"}, {"convert", "-"}}) {
            String command = args[0];
            Cli.Run r = Cli.run(args.length == 1 ? new String[] {command, "data/genius/laptop_anac2011"}
                    : new String[] {command, "data/genius/laptop_anac2011", args[1]});
            assertThat(r.code()).as(command).isEqualTo(2);
            assertThat(r.err()).as(command).contains("data/genius/laptop_anac2011: is a folder, not a scenario")
                    .contains("'parley deals data/genius/laptop_anac2011'").doesNotContain("Exception");
        }
    }

    @Test
    void an_oversized_file_names_the_flag_that_raises_the_limit() {
        Cli.Run r = Cli.run("show", "examples/ukraine-2022-grand-bargain.yaml", "--max-input-mb", "0.01");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("larger than the limit of 10485 bytes; raise it with --max-input-mb");
    }

    @Test
    void bdm_table_options_set_the_issue_its_scale_and_the_salience_scale() {
        JsonNode show = Cli.run("show", "data/bdm/emission-1994.csv", "--json", "--no-store", "--bdm-issue", "DELAY",
                "--bdm-scale", "0:12", "--salience-scale", "unit").json();
        assertThat(show.get("issues").get(0).get("id").asText()).isEqualTo("DELAY");
        assertThat(show.get("issues").get(0).get("scale").get("max").asDouble()).isEqualTo(12.0);
        assertThat(show.get("actors").get(0).get("stances").get("DELAY").get("salience").asDouble()).isEqualTo(80.0);
        Cli.Run bad = Cli.run("show", "data/bdm/emission-1994.csv", "--no-store", "--bdm-scale", "9:3");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("parley: --bdm-scale 9:3: expected MIN:MAX with MIN < MAX, e.g. 0:100\n");
        Cli.Run off = Cli.run("show", "data/bdm/china-1989.csv", "--no-store", "--salience-scale", "unit");
        assertThat(off.code()).isEqualTo(2);
        assertThat(off.err()).contains("Salience");
    }

    /** A command that throws what it is given, to see how the root answers it. */
    @picocli.CommandLine.Command(name = "boom")
    static final class Boom implements java.util.concurrent.Callable<Integer> {
        private final Throwable t;

        Boom(Throwable t) {
            this.t = t;
        }

        @Override
        public Integer call() throws Exception {
            if (t instanceof Error e) {
                throw e;
            }
            throw (Exception) t;
        }
    }

    private static Cli.Run boom(Throwable t) {
        picocli.CommandLine cl = Parley.commandLine();
        cl.addSubcommand("boom", new Boom(t));
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        cl.setOut(new java.io.PrintWriter(out));
        cl.setErr(new java.io.PrintWriter(err));
        return new Cli.Run(cl.execute("boom"), out.toString(), err.toString());
    }

    @Test
    void noErrorReachesTheUserAsAStackTrace() {
        Cli.Run stack = boom(new StackOverflowError());
        assertThat(stack.code()).isEqualTo(Parley.INTERNAL);
        assertThat(stack.err()).startsWith("parley: internal error: the input is nested too deeply")
                .doesNotContain("\tat ", "java.lang");
        Cli.Run memory = boom(new OutOfMemoryError("Java heap space"));
        assertThat(memory.code()).isEqualTo(Parley.INTERNAL);
        assertThat(memory.err()).startsWith("parley: out of memory: the input needs more than the ")
                .contains("PARLEY_JAVA_OPTS=-Xmx2g").doesNotContain("\tat ");
        Cli.Run other = boom(new AssertionError("broken"));
        assertThat(other.code()).isEqualTo(Parley.INTERNAL);
        assertThat(other.err()).contains("parley: internal error: java.lang.AssertionError: broken",
                "PARLEY_DEBUG=1").doesNotContain("\tat ");
        Cli.Run write = boom(new org.parley.io.CannotWriteException("-o: x is a folder; expected a file name"));
        assertThat(write.code()).isEqualTo(Parley.BAD_INPUT);
        assertThat(write.err()).isEqualTo("parley: -o: x is a folder; expected a file name\n");
        Cli.Run budget = boom(new org.parley.core.optim.IterationBudgetException("Dykstra's projections for the "
                + "package repair", 200000, "last move 1e-9 scale points"));
        assertThat(budget.code()).isEqualTo(Parley.INTERNAL);
        assertThat(budget.err()).startsWith("parley: Dykstra's projections for the package repair did not finish "
                + "within its budget of 200000 iterations (last move 1e-9 scale points). The method stopped")
                .doesNotContain("internal error", "\tat ");
    }
}
