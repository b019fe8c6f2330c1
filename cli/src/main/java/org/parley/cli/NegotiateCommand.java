package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.core.exec.BatchRunner;
import org.parley.core.negotiation.Deadline;
import org.parley.core.negotiation.party.NegotiatorSpec;
import org.parley.core.negotiation.protocol.Protocol;
import org.parley.core.negotiation.protocol.Protocols;
import org.parley.core.negotiation.session.Landscape;
import org.parley.core.negotiation.session.Session;
import org.parley.core.negotiation.session.SessionResult;
import org.parley.core.negotiation.session.Setting;
import org.parley.core.negotiation.session.SettingOptions;
import org.parley.core.negotiation.bidspace.UtilityIndex;
import org.parley.core.scenario.Scenario;
import org.parley.core.text.Nearest;
import org.parley.io.AtomicFiles;
import org.parley.io.OutputPaths;
import org.parley.io.deals.DealFiles;
import org.parley.io.json.ResultJson;
import org.parley.io.negotiation.SessionTables;
import org.parley.report.NegotiationInput;
import org.parley.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley negotiate}: one automated negotiation session (or every assignment of tactics, --landscape). */
@Command(name = "negotiate", mixinStandardHelpOptions = true,
        description = {"Run an automated negotiation: one negotiator per party bargains under SAOP (or bilateral "
                + "alternating offers) until agreement, walk-away or the deadline; prints how it ended, where the "
                + "outcome lies against the Pareto frontier, the Nash point and the zone of agreement, and for a "
                + "scenario against its packages.",
            "INPUT is a Parley scenario (gridded with --grid; its veto parties negotiate, or --parties), a folder "
                + "with a GENIUS or GeniusWeb domain and its profiles, or a domain file with --profile A --profile B.",
            "Negotiators: boulware, linear, conceder, hardliner, time-dependent(e=E,k=K), random, tit-for-tat, "
                + "nash, each with ac=next|next-strict|const:A|time:T|combi[:T][+rv]; plug-ins with --plugin JAR."})
final class NegotiateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    StoreOptions.Recording store;

    @Parameters(paramLabel = "INPUT", description = "SCENARIO, DOMAIN_DIR or DOMAIN file.")
    Path file;

    @Option(names = "--profile", paramLabel = "P", description = "A profile file (repeat for every party).")
    List<Path> profiles = new ArrayList<>();

    @Option(names = "--agents", required = true, paramLabel = "A,B[,C...]",
            description = "One negotiator per party, in turn order (the first opens).")
    String agents;

    @Option(names = "--parties", paramLabel = "ID,ID", split = ",",
            description = "Scenario only: the actors who negotiate, in turn order (default: the veto parties).")
    List<String> parties = new ArrayList<>();

    @Option(names = "--grid", paramLabel = "N", defaultValue = "11",
            description = "Values per continuous issue (scenario scales, GENIUS real issues); default "
                    + "${DEFAULT-VALUE}.")
    int grid;

    @Option(names = "--deadline-rounds", paramLabel = "N", defaultValue = "100",
            description = "Rounds before the negotiation ends without agreement (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--deadline-ms", paramLabel = "MS",
            description = "Also end after this much wall time; results then depend on the machine's speed.")
    Long millis;

    @Option(names = "--protocol", paramLabel = "saop|ao", defaultValue = "saop",
            description = "SAOP (default) or bilateral alternating offers (ao).")
    String protocol;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of every random choice.")
    long seed;

    @Option(names = "--trace", description = "Print every action (JSON always has the trace).")
    boolean trace;

    @Option(names = "--trace-csv", paramLabel = "FILE", description = "Also write the trace as CSV to FILE.")
    Path traceCsv;

    @Option(names = "--landscape", description = "Run every assignment of the --agents negotiators to the parties "
            + "and show where each lands.")
    boolean landscape;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for --landscape (default: all cores).")
    Integer threads;

    @Option(names = "--plugin", paramLabel = "JAR", description = "A jar with negotiator plug-ins (repeatable).")
    List<Path> plugins = new ArrayList<>();

    @Option(names = "--max-bids", paramLabel = "N", defaultValue = "2000000",
            description = "Index every outcome of spaces up to this size; sample larger ones (default "
                    + "${DEFAULT-VALUE}).")
    long maxBids;

    @Option(names = "--no-frontier", description = "Skip the Pareto frontier (and so the distances).")
    boolean noFrontier;

    @Option(names = "--json", description = "Print one JSON document on stdout.")
    boolean json;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write a self-contained HTML report "
            + "(each party's utility trace, the outcome against the frontier, the Nash point and the packages) to "
            + "FILE.")
    Path report;

    @Override
    public Integer call() {
        int cores = Args.threads(threads);
        Deadline deadline = deadline(rounds, millis);
        Protocol p = Protocols.byName(protocol).orElseThrow(() -> new Parley.UserError("--protocol " + protocol
                + ": unknown protocol" + Nearest.hint(protocol, Protocols.names()) + "; expected one of " + Protocols.names()));
        if (grid < 2 || grid > 10_000) {
            throw new Parley.UserError("--grid " + grid + ": expected 2 to 10000 values per issue");
        }
        if (maxBids < 1) {
            throw new Parley.UserError("--max-bids " + maxBids + ": expected a positive number");
        }
        if (landscape && report != null) {
            throw new Parley.UserError("--report draws one session, not --landscape");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (deadline.timed()) {
            err.println("warning: a deadline in wall time makes the result depend on this machine's speed and load");
        }
        RunFiles files = RunFiles.of(store, spec);
        OutputPaths outputs = Outputs.protecting(store.db, file);
        profiles.forEach(profile -> outputs.keep(profile, "an input of this run"));
        if (traceCsv != null) {
            outputs.file(files.target(traceCsv), "--trace-csv");
        }
        if (report != null) {
            outputs.file(files.target(report), "--report");
        }
        try (Plugins plug = Plugins.load(plugins); Recorder rec = Recorder.start(store, spec, files)) {
            List<NegotiatorSpec> specs = new ArrayList<>();
            for (String a : org.parley.core.negotiation.party.Negotiators.split(agents)) {
                specs.add(plug.negotiators().parse(a));
            }
            Setting setting = setting(rec, err);
            Map<String, Object> params = params(deadline, setting);
            if (!landscape && specs.size() != setting.parties()) {
                throw new Parley.UserError("--agents: " + specs.size() + " negotiator" + (specs.size() == 1 ? "" : "s")
                        + " for " + setting.parties() + " parties " + setting.partyNames() + "; give one per party"
                        + (setting.scenario() != null ? " (or name the parties with --parties)" : ""));
            }
            if (setting.parties() < p.minParties() || setting.parties() > p.maxParties()) {
                throw new Parley.UserError("--protocol " + p.name() + " takes " + p.minParties()
                        + (p.maxParties() == p.minParties() ? "" : " or more") + " parties; this negotiation has "
                        + setting.parties());
            }
            Object doc;
            String text;
            if (landscape && traceCsv != null) {
                throw new Parley.UserError("--trace-csv applies to one session, not to --landscape");
            }
            if (landscape && Math.pow(specs.size(), setting.parties()) > Landscape.MAX_ASSIGNMENTS) {
                throw new Parley.UserError("--landscape: " + specs.size() + " negotiators for " + setting.parties()
                        + " parties make more than " + Landscape.MAX_ASSIGNMENTS + " assignments; give fewer");
            }
            if (landscape) {
                try (BatchRunner runner = BatchRunner.parallel(cores)) {
                    Landscape l = rec.attempt(() -> Landscape.of(setting, p, specs, deadline, seed, runner,
                            System::nanoTime), params);
                    doc = l;
                    text = NegotiationText.landscape(l);
                }
            } else {
                SessionResult r = rec.attempt(() -> Session.run(setting, p, specs, deadline, seed, true,
                        System::nanoTime), params);
                doc = r;
                text = NegotiationText.session(r, trace);
                if (traceCsv != null) {
                    Path to = files.target(traceCsv);
                    AtomicFiles.write(to, SessionTables.trace(r));
                    files.wrote(to);
                }
                if (report != null) {
                    Path to = files.target(report);
                    outputs.write(to, Report.of(new NegotiationInput(r, setting.scenario() == null ? null
                            : setting.scenario().scenario(), ReportOptions.fresh(spec), null)).html(), "--report");
                    files.wrote(to);
                }
            }
            rec.ok(doc, params);
            out.print(json ? ResultJson.write(doc) : text);
            out.flush();
        }
        return Parley.OK;
    }

    /** The deadline the flags ask for. */
    static Deadline deadline(int rounds, Long millis) {
        if (rounds <= 0) {
            throw new Parley.UserError("--deadline-rounds " + rounds + ": expected a whole number >= 1");
        }
        if (millis != null && millis <= 0) {
            throw new Parley.UserError("--deadline-ms " + millis + ": expected a whole number >= 1");
        }
        return new Deadline(rounds, millis == null ? 0 : millis);
    }

    private Setting setting(Recorder rec, PrintWriter err) {
        if (DealFiles.isDomainInput(file, input.limits())) {
            if (!parties.isEmpty()) {
                throw new Parley.UserError("--parties applies to a scenario; name a domain's profiles with --profile");
            }
            DealFiles.Loaded loaded = DealFiles.load(file, profiles, input.limits(), grid);
            loaded.warnings().forEach(w -> err.println("warning: " + w));
            rec.input(file);
            return Setting.of(loaded.deals(), options(1));
        }
        if (!profiles.isEmpty()) {
            throw new Parley.UserError("--profile applies to GENIUS/GeniusWeb domains, not to a scenario");
        }
        Scenario s = input.read(file, store.recordedFile, err);
        rec.scenario(s, file);
        try {
            return Setting.of(s, grid, parties, options(100));
        } catch (IllegalArgumentException e) {
            throw new Parley.UserError((parties.isEmpty() ? "" : "--parties: ") + e.getMessage());
        }
    }

    private SettingOptions options(double scale) {
        return SettingOptions.defaults(scale).withMaxBids(maxBids).withFrontier(!noFrontier);
    }

    private Map<String, Object> params(Deadline deadline, Setting setting) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agents", agents);
        m.put("parties", setting.partyNames());
        m.put("protocol", protocol);
        m.put("deadline_rounds", deadline.rounds());
        if (deadline.timed()) {
            m.put("deadline_ms", deadline.millis());
        }
        m.put("seed", seed);
        m.put("grid", grid);
        m.put("max_bids", maxBids);
        m.put("default_samples", UtilityIndex.DEFAULT_SAMPLES);
        m.put("landscape", landscape);
        return m;
    }
}
