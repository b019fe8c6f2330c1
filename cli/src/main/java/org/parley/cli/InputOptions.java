package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.parley.core.scenario.Scale;
import org.parley.core.scenario.Scenario;
import org.parley.io.InputError;
import org.parley.io.InputException;
import org.parley.io.Limits;
import org.parley.io.ScenarioFiles;
import org.parley.io.ScenarioInput;
import org.parley.io.SalienceScale;
import org.parley.io.bdm.BdmActorTable;
import org.parley.io.deals.DealFiles;
import org.parley.io.text.TextFile;
import org.parley.io.yaml.ScenarioYaml;
import picocli.CommandLine.Option;

/** Options shared by every command that reads input files. */
final class InputOptions {

    @Option(names = "--max-input-mb", paramLabel = "MB", defaultValue = "16",
            description = "Refuse input files larger than this many MiB (default: ${DEFAULT-VALUE}; at most 1024).")
    double maxInputMb;

    @Option(names = "--bdm-issue", paramLabel = "ID",
            description = "BDM actor tables: the id of their one issue (default: from the file name).")
    String bdmIssue;

    @Option(names = "--bdm-scale", paramLabel = "MIN:MAX",
            description = "BDM actor tables: the issue's scale (default: the range of the positions).")
    String bdmScale;

    @Option(names = "--salience-scale", paramLabel = "SCALE", defaultValue = "auto",
            description = "BDM actor tables: saliences on 'unit' (0-1), 'percent' (0-100) or 'auto' (percent when "
                    + "any salience is above 1; default).")
    String salienceScale;

    /** The largest --max-input-mb accepted: a file is read into one Java array, which holds under 2 GiB. */
    static final int MAX_INPUT_MB = 1024;

    Limits limits() {
        if (!(maxInputMb > 0) || maxInputMb > MAX_INPUT_MB) {
            throw new Parley.UserError("--max-input-mb " + maxInputMb + ": expected a number above 0 and at most "
                    + MAX_INPUT_MB);
        }
        return Limits.defaults().withMaxFileBytes((long) (maxInputMb * (1 << 20)));
    }

    /** The BDM reading options the flags ask for. */
    BdmActorTable.Options bdmOptions() {
        SalienceScale scale = switch (salienceScale.toLowerCase(java.util.Locale.ROOT)) {
            case "auto" -> SalienceScale.AUTO;
            case "unit" -> SalienceScale.UNIT;
            case "percent" -> SalienceScale.PERCENT;
            default -> throw new Parley.UserError("--salience-scale " + salienceScale
                    + ": expected auto, unit or percent");
        };
        return new BdmActorTable.Options(bdmIssue, bdmScale == null ? null : scale(bdmScale), scale);
    }

    private static Scale scale(String text) {
        String[] parts = text.split(":");
        try {
            if (parts.length == 2) {
                double min = Double.parseDouble(parts[0].trim());
                double max = Double.parseDouble(parts[1].trim());
                if (Double.isFinite(min) && Double.isFinite(max) && min < max) {
                    return new Scale(min, max, null);
                }
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new Parley.UserError("--bdm-scale " + text + ": expected MIN:MAX with MIN < MAX, e.g. 0:100");
    }

    /** The scenario in the file; its warnings are printed on {@code err}. */
    Scenario read(Path path, PrintWriter err) {
        return load(path, err).scenario();
    }

    /** The scenario in the file with the model parameters the file sets; its warnings are printed on {@code err}. */
    ScenarioInput load(Path path, PrintWriter err) {
        return load(path, null, err);
    }

    /**
     * As {@link #load(Path, PrintWriter)}; with {@code storedCopyOf} (a rerun's {@code --recorded-file}) the file is
     * the run store's copy of that scenario, canonical Parley YAML, and messages name it "stored copy of FILE".
     */
    ScenarioInput load(Path path, String storedCopyOf, PrintWriter err) {
        ScenarioInput in;
        if (storedCopyOf == null) {
            in = load(path);
        } else {
            TextFile t = TextFile.read(path, limits());
            in = ScenarioYaml.loadYaml(new TextFile("stored copy of " + storedCopyOf, t.content(), t.latin1()),
                    limits());
        }
        warn(err, in.warnings());
        return in;
    }

    /** As {@link #load(Path, String, PrintWriter)}, the scenario alone. */
    Scenario read(Path path, String storedCopyOf, PrintWriter err) {
        return load(path, storedCopyOf, err).scenario();
    }

    /** Prints each warning of an input on its own line, {@code warning: file:line: path: message}. */
    static void warn(PrintWriter err, List<InputError> warnings) {
        for (InputError w : warnings) {
            err.println("warning: " + w);
        }
        err.flush();
    }

    /** The scenario in the file with the model parameters the file sets and its warnings, printing nothing. */
    ScenarioInput load(Path path) {
        Limits limits = limits();
        boolean folder = Files.isDirectory(path);
        if ((folder || path.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json"))
                && DealFiles.isDomainInput(path, limits)) {
            throw InputException.of(path.toString(), (folder ? "is a folder" : "is a GeniusWeb domain or profile")
                    + ", not a scenario; a GENIUS or GeniusWeb domain (a folder, or its XML or JSON files) is analysed "
                    + "by 'parley deals " + path + "'; expected a scenario file (Parley YAML/JSON, a BDM actor table, "
                    + "a KTAB CSV or XML, or a decide file)");
        }
        try {
            return ScenarioFiles.load(path, limits, bdmOptions());
        } catch (OutOfMemoryError e) {
            // reachable only when --max-input-mb is raised beyond what the heap holds; what was read is unreachable now
            throw InputException.of(path.toString(), "needs more memory than Java may use here ("
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MiB); expected a smaller file, or more memory "
                    + "(java -Xmx)");
        }
    }
}
