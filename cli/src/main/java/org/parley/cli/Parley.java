package org.parley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.parley.core.params.BadParameterException;
import org.parley.core.scenario.InvalidScenarioException;
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
        subcommands = {CommandLine.HelpCommand.class, AnalyzeCommand.class, ValidateCommand.class, ShowCommand.class,
                ForecastCommand.class, ConvertCommand.class, RunsCommand.class,
                ReportCommand.class, DealsCommand.class,
                BacktestCommand.class, NegotiateCommand.class, TournamentCommand.class, SweepCommand.class,
                SensitivityCommand.class, AdviseCommand.class, PhaseCommand.class},
        footer = {"", "Exit codes: 0 done, 2 bad input or usage, 1 internal failure."})
public final class Parley implements Callable<Integer> {

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

    /** A configured command line, with error handling; tests call {@code execute} on it. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Parley());
        cl.setExecutionExceptionHandler(Parley::handle);
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("parley: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            err.flush();
            return BAD_INPUT;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        int code;
        if (e instanceof InputException ie) {
            for (InputError error : ie.errors()) {
                err.println(error);
            }
            code = BAD_INPUT;
        } else if (e instanceof InvalidScenarioException || e instanceof BadParameterException
                || e instanceof CannotWriteException) {
            err.println("parley: " + e.getMessage());
            code = BAD_INPUT;
        } else if (e instanceof StoreException) {
            err.println("parley: " + e.getMessage());
            code = BAD_INPUT;
        } else if (e instanceof UserError) {
            err.println("parley: " + e.getMessage());
            code = BAD_INPUT;
        } else if (e instanceof UncheckedIOException io) {
            err.println("parley: " + io.getMessage());
            code = INTERNAL;
        } else {
            err.println("parley: internal error: " + e);
            if (System.getenv("PARLEY_DEBUG") != null) {
                e.printStackTrace(err);
            } else {
                err.println("(set PARLEY_DEBUG=1 for the stack trace, and please report it)");
            }
            code = INTERNAL;
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
