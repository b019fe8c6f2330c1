package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.core.phasing.PhaseResult;
import org.parley.core.phasing.PhasingAnalysis;
import org.parley.core.phasing.PhasingOptions;
import org.parley.core.phasing.Schedule;
import org.parley.core.scenario.Package;
import org.parley.core.scenario.Scenario;
import org.parley.core.text.Nearest;
import org.parley.io.json.ResultJson;
import org.parley.io.text.TextFile;
import org.parley.io.yaml.ScheduleYaml;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley phase SCENARIO --package ID (--schedule FILE | --stages K)}: phased agreements. */
@Command(name = "phase", mixinStandardHelpOptions = true,
        description = {"Phased agreements: whether a schedule of reciprocal steps toward a package stays "
                + "self-enforcing at every stage (every party gains at least as much by continuing as by defecting), "
                + "who is tempted at which stage and why, and what would change that.",
            "--schedule checks a schedule file; --stages K designs the fastest self-enforcing schedule of K stages "
                + "and the one with the largest margin, or says that none exists and what would make one exist "
                + "(a hostage, the nearest phaseable package). Years and the punishment come from the scenario's "
                + "phasing section, discount factors from its actors. See docs/models/phasing.md."})
final class PhaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioArgs args;

    @Option(names = "--package", required = true, paramLabel = "ID", description = "The package to phase.")
    String packageId;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    /** Check a schedule, or design one. */
    static final class Mode {
        @Option(names = "--schedule", paramLabel = "FILE", description = "Check this schedule file.")
        Path schedule;

        @Option(names = "--stages", paramLabel = "K", description = "Design a schedule of K stages.")
        Integer stages;
    }

    @Option(names = "--start", paramLabel = "ID", description = "With --stages: start from this package instead of "
            + "the status quo (a schedule file names its own start).")
    String start;

    @Option(names = "--repaired", description = "Phase the nearest variant of the package that every veto party "
            + "accepts (the repair of 'parley deals') instead of the package itself.")
    boolean repaired;

    @Option(names = "--max-stages", paramLabel = "N", defaultValue = "100",
            description = "Refuse schedules of more stages than this (default ${DEFAULT-VALUE}).")
    int maxStages;

    @Option(names = "--max-programs", paramLabel = "N", defaultValue = "" + PhasingOptions.DEFAULT_MAX_PROGRAMS,
            description = "The most linear programs the designer may solve (default ${DEFAULT-VALUE}).")
    int maxPrograms;

    @Override
    public Integer call() {
        if (maxStages < 1) {
            throw new Parley.UserError("--max-stages " + maxStages + ": expected a positive number");
        }
        if (maxPrograms < 2) {
            throw new Parley.UserError("--max-programs " + maxPrograms + ": expected 2 or more");
        }
        if (mode.stages != null && (mode.stages < 1 || mode.stages > maxStages)) {
            throw new Parley.UserError("--stages " + mode.stages + ": expected 1 to " + maxStages
                    + (mode.stages > maxStages ? "; raise the limit with --max-stages" : ""));
        }
        if (start != null && mode.schedule != null) {
            throw new Parley.UserError("--start applies to --stages; a schedule file names its start with 'start:'");
        }
        PhasingOptions options = PhasingOptions.defaults().withMaxPrograms(maxPrograms);
        try (Recorder rec = args.recorder(spec)) {
            Scenario s = args.read(rec);
            Package named = s.pkg(packageId).orElseThrow(() -> new Parley.UserError("--package " + packageId
                    + ": no such package in " + args.file
                    + Nearest.hint(packageId, s.packages().stream().map(Package::id).toList()) + "; expected one of "
                    + s.packages().stream().map(Package::id).toList()));
            Package target = repaired ? PhasingAnalysis.repaired(s, named) : named;
            Package from = start == null ? null : s.pkg(start).orElseThrow(() -> new Parley.UserError("--start "
                    + start + ": no such package in " + args.file
                    + Nearest.hint(start, s.packages().stream().map(Package::id).toList()) + "; expected one of "
                    + s.packages().stream().map(Package::id).toList()));
            Schedule schedule = mode.schedule == null ? null
                    : ScheduleYaml.read(TextFile.read(mode.schedule, args.input.limits()), args.input.limits(), s,
                            named.id(), target, maxStages);
            Map<String, Object> params = params();
            PhaseResult r = rec.attempt(() -> schedule != null ? PhasingAnalysis.check(s, target, schedule, options)
                    : PhasingAnalysis.design(s, target, from, mode.stages, options), params);
            rec.ok(r, params);
            PrintWriter out = spec.commandLine().getOut();
            out.print(args.json ? ResultJson.write(r) : PhaseText.render(s, r));
            out.flush();
        }
        return Parley.OK;
    }

    private Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("package", packageId);
        p.put("repaired", repaired);
        if (start != null) {
            p.put("start", start);
        }
        if (mode.schedule != null) {
            p.put("schedule", mode.schedule.toString());
        } else {
            p.put("stages", mode.stages);
        }
        p.put("max_programs", maxPrograms);
        return p;
    }
}
