package org.parley.cli;

import java.nio.file.Path;
import org.parley.core.scenario.Scenario;
import org.parley.io.Limits;
import org.parley.io.ScenarioFiles;
import picocli.CommandLine.Option;

/** Options shared by every command that reads input files. */
final class InputOptions {

    @Option(names = "--max-input-mb", paramLabel = "MB", defaultValue = "16",
            description = "Refuse input files larger than this many MiB (default: ${DEFAULT-VALUE}).")
    double maxInputMb;

    Limits limits() {
        if (!(maxInputMb > 0)) {
            throw new Parley.UserError("--max-input-mb " + maxInputMb + ": expected a positive number");
        }
        return Limits.defaults().withMaxFileBytes((long) (maxInputMb * (1 << 20)));
    }

    Scenario read(Path path) {
        return ScenarioFiles.read(path, limits());
    }
}
