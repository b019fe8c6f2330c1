package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.core.scenario.Scenario;
import org.parley.io.InputError;
import org.parley.io.InputException;
import org.parley.io.ScenarioInput;
import org.parley.io.json.ResultJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley validate FILE...}: checks files and lists every problem of each. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario files (Parley YAML/JSON, BDM actor table, KTAB CSV) and list every problem, "
                + "with file, line and what was expected. Exit code 2 when any file has a problem.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--json", description = "Print one JSON document on stdout.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to check.")
    List<Path> files;

    /** The verdict on one file: valid or not, its problems, and the warnings of a valid one. */
    record FileVerdict(String file, boolean valid, String format, Integer actors, Integer issues, Integer packages,
                       List<InputError> errors, Integer omitted, List<InputError> warnings) {

        /** The number of problems found, those listed and those left out. */
        int problems() {
            return errors.size() + (omitted == null ? 0 : omitted);
        }
    }

    /** How a file is named in the verdicts: its path, or "stdin" for '-' (as the readers name it). */
    private static String label(Path f) {
        return f.toString().equals(org.parley.io.text.TextFile.STDIN) ? "stdin" : f.toString();
    }

    /** What validate says of every file: all valid or not, and each file's verdict. */
    record Validation(boolean valid, List<FileVerdict> files) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<FileVerdict> verdicts = new ArrayList<>();
        for (Path f : files) {
            try {
                ScenarioInput in = input.load(f, spec.commandLine().getErr());
                Scenario s = in.scenario();
                verdicts.add(new FileVerdict(label(f), true, null, s.actors().size(), s.issues().size(),
                        s.packages().size(), List.of(), null, in.warnings()));
            } catch (InputException e) {
                verdicts.add(new FileVerdict(label(f), false, null, null, null, null, e.errors(),
                        e.omitted() == 0 ? null : e.omitted(), List.of()));
            }
        }
        boolean allValid = verdicts.stream().allMatch(FileVerdict::valid);
        if (json) {
            out.print(ResultJson.write(new Validation(allValid, verdicts)));
        } else {
            PrintWriter err = spec.commandLine().getErr();
            for (FileVerdict v : verdicts) {
                if (v.valid()) {
                    int w = v.warnings().size();
                    out.println(v.file() + ": ok (" + v.actors() + " actors, " + v.issues() + " issues, "
                            + v.packages() + " packages" + (w == 0 ? "" : "; " + w + " warning" + (w == 1 ? "" : "s"))
                            + ")");
                } else {
                    v.errors().forEach(err::println);
                    if (v.omitted() != null) {
                        err.println(InputException.more(v.omitted()));
                    }
                    err.println(v.file() + ": " + v.problems() + " problem" + (v.problems() == 1 ? "" : "s"));
                }
            }
            err.flush();
        }
        out.flush();
        return allValid ? Parley.OK : Parley.BAD_INPUT;
    }
}
