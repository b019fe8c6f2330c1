package org.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parley runs}: the run history kept in the run database. */
@Command(name = "runs", mixinStandardHelpOptions = true,
        description = "The run history: every analysis run is recorded (unless --no-store) in the run database "
                + "(--db, else $PARLEY_DB, else ~/.parley/parley.db).",
        subcommands = {CommandLine.HelpCommand.class, RunsListCommand.class, RunsShowCommand.class,
                RunsDiffCommand.class, RunsRerunCommand.class})
final class RunsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "expected a subcommand: list, show, diff or rerun");
    }
}
