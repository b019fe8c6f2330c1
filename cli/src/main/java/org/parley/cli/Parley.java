package org.parley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.parley.core.optim.IterationBudgetException;
import org.parley.core.params.BadParameterException;
import org.parley.core.scenario.InvalidScenarioException;
import org.parley.core.text.Nearest;
import org.parley.io.CannotWriteException;
import org.parley.io.InputError;
import org.parley.io.InputException;
import org.parley.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root of the {@code parley} command: lists the subcommands and maps errors to exit codes. */
@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = Parley.Version.class,
        description = "A workbench for analysing multi-party, multi-issue negotiations.",
        footer = {"", "Exit codes: 0 done, 2 bad input or usage, 1 internal failure."})
public final class Parley implements Callable<Integer> {

    /**
     * Every subcommand by name, in the order the help lists them. A run builds only the one it names (picocli
     * reflects over a command's options when it is added: all of them cost some 150 ms of every start-up).
     */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("help", CommandLine.HelpCommand::new);
        m.put("analyze", AnalyzeCommand::new);
        m.put("validate", ValidateCommand::new);
        m.put("show", ShowCommand::new);
        m.put("forecast", ForecastCommand::new);
        m.put("convert", ConvertCommand::new);
        m.put("runs", RunsCommand::new);
        m.put("report", ReportCommand::new);
        m.put("deals", DealsCommand::new);
        m.put("backtest", BacktestCommand::new);
        m.put("negotiate", NegotiateCommand::new);
        m.put("tournament", TournamentCommand::new);
        m.put("sweep", SweepCommand::new);
        m.put("sensitivity", SensitivityCommand::new);
        m.put("advise", AdviseCommand::new);
        m.put("phase", PhaseCommand::new);
        return Collections.unmodifiableMap(m);
    }

    /** Exit code of a run that did its job. */
    public static final int OK = 0;
    /** Exit code of an internal failure (a bug). */
    public static final int INTERNAL = 1;
    /** Exit code of bad input or usage. */
    public static final int BAD_INPUT = 2;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return BAD_INPUT;
    }

    /** A configured command line with every subcommand, with error handling; tests call {@code execute} on it. */
    public static CommandLine commandLine() {
        return commandLine((String) null);
    }

    /**
     * As {@link #commandLine()}, with only the subcommand {@code first} when it names one (the first word of a run);
     * every subcommand otherwise, for help, version and the did-you-mean of an unknown command.
     */
    static CommandLine commandLine(String first) {
        CommandLine cl = new CommandLine(new Parley());
        boolean one = first != null && !first.equals("help") && COMMANDS.containsKey(first);
        COMMANDS.forEach((name, command) -> {
            if (!one || name.equals(first)) {
                cl.addSubcommand(name, command.get());
            }
        });
        cl.setExecutionExceptionHandler(Parley::handle);
        cl.setExecutionStrategy(parsed -> {
            try {
                return new CommandLine.RunLast().execute(parsed);
            } catch (CommandLine.ExecutionException | CommandLine.ParameterException e) {
                throw e;
            } catch (Error e) {
                // picocli hands only Exceptions to the handler; an Error would reach the user as a stack trace
                return handleError(e, parsed.commandSpec().commandLine());
            }
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("parley: " + message(ex));
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            err.flush();
            return BAD_INPUT;
        });
        return cl;
    }

    /**
     * The words for a usage mistake; an unknown subcommand or option names the nearest known one ({@code parley
     * analyse} suggests analyze).
     */
    static String message(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            CommandSpec spec = ex.getCommandLine().getCommandSpec();
            if (first.startsWith("-")) {
                String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
                List<String> options = spec.options().stream().flatMap(o -> Arrays.stream(o.names())).toList();
                return "unknown option '" + name + "'" + Nearest.hint(name, options) + " for '"
                        + spec.qualifiedName() + "'";
            }
            if (!spec.subcommands().isEmpty() && spec.positionalParameters().isEmpty()) {
                List<String> commands = spec.subcommands().keySet().stream().toList();
                return "unknown command '" + first + "'" + Nearest.hint(first, commands) + "; expected one of "
                        + commands.stream().filter(c -> !c.equals("help")).sorted().toList();
            }
        }
        return ex.getMessage();
    }

    public static void main(String[] args) {
        int code;
        try {
            code = commandLine(args.length > 0 ? args[0] : null).execute(args);
        } catch (Throwable t) {
            // nothing may reach the user as a stack trace, not even a failure of the command line itself
            code = handleError(t, null);
        }
        System.exit(code);
    }

    /**
     * The answer to an Error (or anything else that escaped): a message in words, never a stack trace (unless
     * PARLEY_DEBUG is set), exit code 1. Running out of memory says how much Java may use and how to give it more.
     */
    static int handleError(Throwable e, CommandLine cl) {
        PrintWriter err = cl != null ? cl.getErr() : new PrintWriter(System.err, true);
        if (e instanceof OutOfMemoryError) {
            err.println("parley: out of memory: the input needs more than the " + (Runtime.getRuntime().maxMemory()
                    >> 20) + " MiB Java may use here; use a smaller input or lower limits, or give Java more memory "
                    + "(PARLEY_JAVA_OPTS=-Xmx2g). Please report it if the input is within the documented limits "
                    + "(docs/validation.md).");
        } else if (e instanceof StackOverflowError) {
            err.println("parley: internal error: the input is nested too deeply for this analysis (stack overflow); "
                    + "please report it");
        } else {
            err.println("parley: internal error: " + e);
            err.println("(set PARLEY_DEBUG=1 for the stack trace, and please report it)");
        }
        if (System.getenv("PARLEY_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return INTERNAL;
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        int code;
        if (e instanceof InputException ie) {
            for (InputError error : ie.errors()) {
                err.println(error);
            }
            if (ie.omitted() > 0) {
                err.println(InputException.more(ie.omitted()));
            }
            code = BAD_INPUT;
        } else if (e instanceof InvalidScenarioException || e instanceof BadParameterException
                || e instanceof CannotWriteException || e instanceof StoreException || e instanceof UserError) {
            err.println("parley: " + e.getMessage());
            code = BAD_INPUT;
        } else if (e instanceof IterationBudgetException budget) {
            err.println("parley: " + budget.getMessage() + ". The method stopped rather than run on without bound; "
                    + "nothing was written. Please report it with the scenario (set PARLEY_DEBUG=1 for the stack "
                    + "trace).");
            code = INTERNAL;
        } else if (e instanceof UncheckedIOException io) {
            err.println("parley: " + io.getMessage());
            code = INTERNAL;
        } else {
            return handleError(e, cl);
        }
        err.flush();
        return code;
    }

    /** A mistake in what the user asked for (a flag that does not fit the input), reported without a stack trace. */
    static final class UserError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UserError(String message) {
            super(message);
        }
    }

    /** Parley's version, as built. */
    static String version() {
        Properties p = new Properties();
        try (InputStream in = Parley.class.getResourceAsStream("/parley-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }

    /** Reads the version from the jar's resources. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"parley " + version(),
                "Java " + System.getProperty("java.version")};
        }
    }
}
