package org.parley.cli;

import java.nio.file.Path;
import java.util.List;
import org.parley.core.forecast.ForecastModels;
import org.parley.core.scenario.Scenario;
import org.parley.io.ScenarioInput;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What every command that analyses one scenario file takes: the file, input limits, recording and --json. */
final class ScenarioArgs {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Parameters(paramLabel = "SCENARIO", description = "A scenario file.")
    Path file;

    @Mixin
    InputOptions input;

    @Mixin
    StoreOptions.Recording store;

    @Option(names = "--json", description = "Print one JSON document on stdout.")
    boolean json;

    /** The scenario file as the user named it: in a rerun the original's path, not the stored copy's. */
    String shownFile() {
        return store.recordedFile != null ? store.recordedFile : file.toString();
    }

    /** A recorder for the command's run (records nothing under --no-store). */
    Recorder recorder(CommandSpec spec) {
        return Recorder.start(store, spec);
    }

    /** The files the command's run writes, to check before {@link #recorder(CommandSpec, RunFiles)} starts. */
    RunFiles files(CommandSpec spec) {
        return RunFiles.of(store, spec);
    }

    /** A recorder for the command's run that names its {@code files} once the run is recorded. */
    Recorder recorder(CommandSpec spec, RunFiles files) {
        return Recorder.start(store, spec, files);
    }

    /** The scenario in the file, registered with the run's recorder. */
    Scenario read(Recorder rec) {
        return load(rec, List.of()).scenario();
    }

    /**
     * The scenario in the file with the model parameters the file sets, checked against the limits of the named
     * models before it is registered with the run's recorder: a scenario refused by a limit is refused up front, like
     * a bad file, and is not recorded.
     */
    ScenarioInput load(Recorder rec, List<String> models) {
        return loadApplicable(rec, models, false).input();
    }

    /** A scenario read, and the models that run on it. */
    record Loaded(ScenarioInput input, List<String> models) {
    }

    /**
     * As {@link #load(Recorder, List)}; with {@code skipInapplicable}, a model that does not apply to the scenario
     * (SMP with an actor of capability 0) is left out with a note on stderr instead of refusing the scenario.
     */
    Loaded loadApplicable(Recorder rec, List<String> models, boolean skipInapplicable) {
        ScenarioInput in = input.load(file, store.recordedFile, command.commandLine().getErr());
        List<String> run = models;
        if (skipInapplicable) {
            run = models(in.scenario(), models, command.commandLine().getErr()); // checks their limits too
        } else {
            ForecastModels.requireFits(in.scenario(), run);
        }
        rec.scenario(in.scenario(), file);
        return new Loaded(in, run);
    }

    /**
     * The named models that apply to the scenario, each one left out said as a note on {@code err}, all of them
     * checked against their limits before any runs.
     */
    static List<String> models(Scenario s, List<String> names, java.io.PrintWriter err) {
        List<String> run = ForecastModels.applicable(s, names, n -> note(err, n));
        ForecastModels.requireFits(s, run);
        return run;
    }

    /** A note on stderr: {@code parley: note: ...}. */
    static void note(java.io.PrintWriter err, String message) {
        err.println("parley: note: " + message);
    }
}
