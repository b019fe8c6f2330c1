package org.parley.cli;

import java.nio.file.Path;
import org.parley.core.scenario.Scenario;
import org.parley.io.InputException;
import org.parley.io.Limits;
import org.parley.io.ScenarioFiles;
import picocli.CommandLine.Option;

/** Options shared by every command that reads input files. */
final class InputOptions {

    @Option(names = "--max-input-mb", paramLabel = "MB", defaultValue = "16",
            description = "Refuse input files larger than this many MiB (default: ${DEFAULT-VALUE}; at most 1024).")
    double maxInputMb;

    /** The largest --max-input-mb accepted: a file is read into one Java array, which holds under 2 GiB. */
    static final int MAX_INPUT_MB = 1024;

    Limits limits() {
        if (!(maxInputMb > 0) || maxInputMb > MAX_INPUT_MB) {
            throw new Parley.UserError("--max-input-mb " + maxInputMb + ": expected a number above 0 and at most "
                    + MAX_INPUT_MB);
        }
        return Limits.defaults().withMaxFileBytes((long) (maxInputMb * (1 << 20)));
    }

    Scenario read(Path path) {
        Limits limits = limits();
        try {
            return ScenarioFiles.read(path, limits);
        } catch (OutOfMemoryError e) {
            // reachable only when --max-input-mb is raised beyond what the heap holds; what was read is unreachable now
            throw InputException.of(path.toString(), "needs more memory than Java may use here ("
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MiB); expected a smaller file, or more memory "
                    + "(java -Xmx)");
        }
    }
}
