package org.parley.io.negotiation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.parley.core.negotiation.Deadline;
import org.parley.core.negotiation.party.NegotiatorSpec;
import org.parley.core.negotiation.party.Negotiators;
import org.parley.core.negotiation.protocol.Protocols;
import org.parley.core.negotiation.session.Setting;
import org.parley.core.negotiation.session.SettingOptions;
import org.parley.core.negotiation.tournament.TournamentConfig;
import org.parley.core.scenario.Scenario;
import org.parley.io.InputError;
import org.parley.io.InputException;
import org.parley.io.Limits;
import org.parley.io.ScenarioFiles;
import org.parley.io.deals.DealFiles;
import org.parley.io.text.TextFile;
import org.parley.io.yaml.LocatedTree;

/**
 * A tournament configuration (YAML; format in docs/formats/tournament.md): seed, protocol, deadline, repetitions,
 * self-play, negotiators, domains (a GENIUS/GeniusWeb folder or domain file with its profiles, or a Parley
 * scenario with its grid and parties) and plug-in jars. Paths are relative to the file. Every problem is reported
 * with its line and field, all at once.
 */
public final class TournamentFile {

    private static final Set<String> ROOT = Set.of("seed", "protocol", "deadline", "repetitions", "self_play",
            "negotiators", "domains", "plugins");
    private static final Set<String> DEADLINE = Set.of("rounds", "time_ms");
    private static final Set<String> DOMAIN = Set.of("name", "domain", "profiles", "scenario", "grid", "parties");

    /** A negotiator as written, with where. */
    public record Entry(String text, String field, Integer line) {
    }

    /** A domain as written: its name, a domain (folder or file) with profiles, or a scenario with grid and parties. */
    public record DomainEntry(String name, Path domain, List<Path> profiles, Path scenario, int grid,
                              List<String> parties, String field, Integer line) {

        public DomainEntry {
            profiles = List.copyOf(profiles);
            parties = List.copyOf(parties);
        }
    }

    private final Path file;
    private final TournamentConfig config;
    private final List<Entry> negotiators;
    private final List<DomainEntry> domains;
    private final List<Path> plugins;

    private TournamentFile(Path file, TournamentConfig config, List<Entry> negotiators, List<DomainEntry> domains,
                           List<Path> plugins) {
        this.file = file;
        this.config = config;
        this.negotiators = negotiators;
        this.domains = domains;
        this.plugins = plugins;
    }

    /** Reads and checks a configuration; throws one {@link InputException} listing every problem. */
    public static TournamentFile read(Path file, Limits limits) {
        LocatedTree tree = LocatedTree.parseYaml(TextFile.read(file, limits), limits);
        Reader r = new Reader(file, tree);
        return r.read();
    }

    /** How the tournament runs. */
    public TournamentConfig config() {
        return config;
    }

    /** The negotiators as written. */
    public List<Entry> negotiators() {
        return negotiators;
    }

    /** The domains as written. */
    public List<DomainEntry> domains() {
        return domains;
    }

    /** The plug-in jars, resolved against the file's folder. */
    public List<Path> plugins() {
        return plugins;
    }

    /** The negotiators resolved in {@code registry}; unknown names and bad parameters are located in the file. */
    public List<NegotiatorSpec> negotiators(Negotiators registry) {
        List<InputError> errors = new ArrayList<>();
        List<NegotiatorSpec> out = new ArrayList<>();
        for (Entry e : negotiators) {
            try {
                out.add(registry.parse(e.text()));
            } catch (IllegalArgumentException x) {
                errors.add(new InputError(file.toString(), e.line(), e.field(), x.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        return out;
    }

    /** Loads every domain as a setting (name to setting, in order); a domain that cannot be loaded is located. */
    public Map<String, Setting> settings(Limits limits, SettingOptions genius, SettingOptions scenario) {
        List<InputError> errors = new ArrayList<>();
        Map<String, Setting> out = new LinkedHashMap<>();
        for (DomainEntry d : domains) {
            try {
                if (d.scenario() != null) {
                    Scenario s = ScenarioFiles.read(d.scenario(), limits);
                    out.put(d.name(), Setting.of(s, d.grid(), d.parties(), scenario));
                } else {
                    DealFiles.Loaded loaded = DealFiles.load(d.domain(), d.profiles(), limits, d.grid());
                    out.put(d.name(), Setting.of(loaded.deals(), genius));
                }
            } catch (InputException x) {
                errors.add(new InputError(file.toString(), d.line(), d.field(), "domain '" + d.name()
                        + "' cannot be used:"));
                errors.addAll(x.errors());
            } catch (IllegalArgumentException x) {
                errors.add(new InputError(file.toString(), d.line(), d.field(), "domain '" + d.name() + "': "
                        + x.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        return out;
    }

    /**
     * The SHA-256 (hex) of everything the results depend on: the configuration file, every file of its domains
     * (whole folders for folder domains), its scenarios and plug-in jars, in that order, and {@code version}.
     */
    public String hash(String version) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            List<Path> inputs = new ArrayList<>();
            inputs.add(file);
            for (DomainEntry d : domains) {
                if (d.scenario() != null) {
                    inputs.add(d.scenario());
                } else if (Files.isDirectory(d.domain())) {
                    try (Stream<Path> s = Files.list(d.domain())) {
                        s.filter(Files::isRegularFile).sorted().forEach(inputs::add);
                    }
                } else {
                    inputs.add(d.domain());
                    inputs.addAll(d.profiles());
                }
            }
            inputs.addAll(plugins);
            for (Path p : inputs) {
                md.update(p.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update(Files.readAllBytes(p));
            }
            md.update(String.valueOf(version).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        } catch (IOException e) {
            throw InputException.of(file.toString(), "an input cannot be read: " + e.getMessage());
        }
    }

    /** Reads the tree, collecting every problem. */
    private static final class Reader {
        private final Path file;
        private final Path dir;
        private final LocatedTree tree;
        private final List<InputError> errors = new ArrayList<>();

        Reader(Path file, LocatedTree tree) {
            this.file = file;
            this.dir = file.toAbsolutePath().getParent();
            this.tree = tree;
        }

        private void error(String path, String message) {
            errors.add(new InputError(file.toString(), tree.lineOf(path), path.isEmpty() ? null : path, message));
        }

        private void unknownKeys(JsonNode node, String path, Set<String> known) {
            Iterator<String> it = node.fieldNames();
            while (it.hasNext()) {
                String k = it.next();
                if (!known.contains(k)) {
                    error(join(path, k), "unknown key; expected one of " + new java.util.TreeSet<>(known));
                }
            }
        }

        private static String join(String path, String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        private long whole(JsonNode n, String path, long def, long min) {
            if (n == null || n.isNull()) {
                return def;
            }
            java.math.BigDecimal x = n.isNumber() ? n.decimalValue() : null;
            boolean whole = x != null && x.signum() == 0 || x != null && x.stripTrailingZeros().scale() <= 0;
            if (!whole || x.compareTo(java.math.BigDecimal.valueOf(min)) < 0
                    || x.compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                error(path, "expected a whole number" + (min == Long.MIN_VALUE ? "" : " >= " + min) + ", got "
                        + n.asText(n.toString()));
                return def;
            }
            return x.longValueExact();
        }

        private Path path(String text) {
            Path p = Path.of(text);
            return p.isAbsolute() ? p : dir.resolve(p).normalize();
        }

        TournamentFile read() {
            JsonNode root = tree.root();
            if (root == null || !root.isObject()) {
                throw InputException.of(file.toString(), "expected a mapping with negotiators: and domains:");
            }
            unknownKeys(root, "", ROOT);
            long seed = root.has("seed") ? whole(root.get("seed"), "seed", 1, Long.MIN_VALUE) : 1;
            String protocol = "saop";
            if (root.has("protocol")) {
                protocol = root.get("protocol").asText();
                if (Protocols.byName(protocol).isEmpty()) {
                    error("protocol", "unknown protocol '" + protocol + "'; expected one of " + Protocols.names());
                    protocol = "saop";
                }
            }
            Deadline deadline = deadline(root.get("deadline"));
            int reps = (int) whole(root.get("repetitions"), "repetitions", 1, 1);
            boolean self = false;
            if (root.has("self_play")) {
                if (!root.get("self_play").isBoolean()) {
                    error("self_play", "expected true or false");
                } else {
                    self = root.get("self_play").asBoolean();
                }
            }
            List<Entry> negotiators = new ArrayList<>();
            JsonNode ns = root.get("negotiators");
            if (ns == null || !ns.isArray() || ns.isEmpty()) {
                error("negotiators", "expected a list of negotiators, e.g. [boulware, conceder]");
            } else {
                for (int k = 0; k < ns.size(); k++) {
                    String p = "negotiators[" + k + "]";
                    if (!ns.get(k).isTextual()) {
                        error(p, "expected a negotiator's name, e.g. boulware or time-dependent(e=0.5)");
                    } else {
                        negotiators.add(new Entry(ns.get(k).asText(), p, tree.lineOf(p)));
                    }
                }
            }
            List<DomainEntry> domains = domains(root.get("domains"));
            List<Path> plugins = new ArrayList<>();
            JsonNode ps = root.get("plugins");
            if (ps != null) {
                if (!ps.isArray()) {
                    error("plugins", "expected a list of jar files");
                } else {
                    for (int k = 0; k < ps.size(); k++) {
                        Path p = path(ps.get(k).asText());
                        if (!Files.isRegularFile(p)) {
                            error("plugins[" + k + "]", "no such jar file: " + p);
                        }
                        plugins.add(p);
                    }
                }
            }
            if (!errors.isEmpty()) {
                throw new InputException(errors);
            }
            return new TournamentFile(file, new TournamentConfig(protocol, deadline, reps, self, seed), negotiators,
                    domains, plugins);
        }

        private Deadline deadline(JsonNode n) {
            if (n == null) {
                return Deadline.ofRounds(Deadline.DEFAULT_ROUNDS);
            }
            if (n.isNumber()) {
                long r = whole(n, "deadline", Deadline.DEFAULT_ROUNDS, 1);
                return Deadline.ofRounds((int) Math.min(r, Integer.MAX_VALUE));
            }
            if (!n.isObject()) {
                error("deadline", "expected a number of rounds or {rounds: N, time_ms: M}");
                return Deadline.ofRounds(Deadline.DEFAULT_ROUNDS);
            }
            unknownKeys(n, "deadline", DEADLINE);
            long rounds = whole(n.get("rounds"), "deadline.rounds", 0, 1);
            long ms = whole(n.get("time_ms"), "deadline.time_ms", 0, 1);
            if (rounds > Integer.MAX_VALUE) {
                error("deadline.rounds", "expected at most " + Integer.MAX_VALUE);
                rounds = 0;
            }
            if (rounds == 0 && ms == 0) {
                if (!n.has("rounds") && !n.has("time_ms")) {
                    error("deadline", "expected rounds: N or time_ms: M (or both)");
                }
                return Deadline.ofRounds(Deadline.DEFAULT_ROUNDS);
            }
            return new Deadline((int) rounds, ms);
        }

        private List<DomainEntry> domains(JsonNode ds) {
            List<DomainEntry> out = new ArrayList<>();
            if (ds == null || !ds.isArray() || ds.isEmpty()) {
                error("domains", "expected a list of domains: folders, {domain: FILE, profiles: [A, B]} or "
                        + "{scenario: FILE}");
                return out;
            }
            java.util.Set<String> names = new java.util.HashSet<>();
            for (int k = 0; k < ds.size(); k++) {
                String p = "domains[" + k + "]";
                JsonNode d = ds.get(k);
                DomainEntry e = null;
                if (d.isTextual()) {
                    Path at = path(d.asText());
                    if (!Files.exists(at)) {
                        error(p, "no such file or folder: " + at);
                        continue;
                    }
                    boolean domain = DealFiles.isDomainInput(at, Limits.defaults());
                    e = new DomainEntry(stem(at), domain ? at : null, List.of(), domain ? null : at, 11, List.of(), p,
                            tree.lineOf(p));
                } else if (d.isObject()) {
                    unknownKeys(d, p, DOMAIN);
                    e = domainObject(d, p);
                } else {
                    error(p, "expected a path or a mapping");
                }
                if (e == null) {
                    continue;
                }
                if (!names.add(e.name())) {
                    error(p, "a second domain named '" + e.name() + "'; give one a name: key");
                }
                out.add(e);
            }
            return out;
        }

        private DomainEntry domainObject(JsonNode d, String p) {
            boolean isScenario = d.has("scenario");
            if (isScenario == d.has("domain")) {
                error(p, "expected either domain: (a GENIUS/GeniusWeb folder or file) or scenario: (a Parley "
                        + "scenario)");
                return null;
            }
            Path at = path(d.get(isScenario ? "scenario" : "domain").asText());
            if (!Files.exists(at)) {
                error(join(p, isScenario ? "scenario" : "domain"), "no such file or folder: " + at);
                return null;
            }
            List<Path> profiles = new ArrayList<>();
            JsonNode pr = d.get("profiles");
            if (pr != null) {
                if (isScenario || !pr.isArray()) {
                    error(join(p, "profiles"), isScenario ? "a scenario has no profiles; name its parties: instead"
                            : "expected a list of profile files");
                } else {
                    Path base = Files.isDirectory(at) ? at : at.getParent();
                    for (JsonNode x : pr) {
                        Path q = Path.of(x.asText());
                        profiles.add(q.isAbsolute() ? q : base.resolve(q).normalize());
                    }
                }
            }
            List<String> parties = new ArrayList<>();
            JsonNode pa = d.get("parties");
            if (pa != null) {
                if (!isScenario || !pa.isArray()) {
                    error(join(p, "parties"), isScenario ? "expected a list of actor ids"
                            : "parties: applies to scenarios; list a domain's profiles: instead");
                } else {
                    pa.forEach(x -> parties.add(x.asText()));
                }
            }
            long grid = whole(d.get("grid"), join(p, "grid"), 11, 2);
            if (grid > 10_000) {
                error(join(p, "grid"), "expected at most 10000 values per issue");
                grid = 11;
            }
            String name = d.has("name") ? d.get("name").asText() : stem(at);
            return new DomainEntry(name, isScenario ? null : at, profiles, isScenario ? at : null, (int) grid,
                    parties, p, tree.lineOf(p));
        }

        private static String stem(Path p) {
            return DealFiles.stem(p);
        }
    }
}
