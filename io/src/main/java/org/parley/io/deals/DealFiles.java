package org.parley.io.deals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.parley.core.deals.DealSpace;
import org.parley.core.outcomes.OutcomeSpace;
import org.parley.core.preferences.Profile;
import org.parley.io.Ids;
import org.parley.io.InputException;
import org.parley.io.Limits;
import org.parley.io.genius.GeniusDomain;
import org.parley.io.genius.GeniusDomainReader;
import org.parley.io.genius.GeniusProfileReader;
import org.parley.io.genius.ParetoFile;
import org.parley.io.geniusweb.GeniusWebReader;
import org.parley.io.text.TextFile;
import org.parley.io.xml.SecureXml;
import org.parley.io.yaml.LocatedTree;
import org.w3c.dom.Document;

/**
 * Loads a negotiation domain and its profiles. {@code load(DIR)} finds them in a folder: the GENIUS domain is the
 * XML file whose root is {@code <negotiation_template>}, the profiles the {@code <utility_space>} files; the
 * GeniusWeb domain is the JSON file with {@code issuesValues}, the profiles the {@code LinearAdditiveUtilitySpace}
 * files; a GENIUS {@code pareto.xml} is read as the published frontier. Profiles are taken in file-name order and
 * named after their file (without extension). Every file is read and parsed once.
 */
public final class DealFiles {

    private DealFiles() {
    }

    /** What was loaded: the deal space, the warnings, and a published frontier when the folder has one. */
    public record Loaded(DealSpace deals, String format, List<String> warnings, List<double[]> publishedFrontier) {
    }

    /** One file, read and parsed once: an XML document or a JSON tree. */
    private record Parsed(Path path, Document xml, LocatedTree json) {

        String name() {
            return path.toString();
        }

        static Parsed of(Path path, Limits limits) {
            TextFile text = TextFile.read(path, limits);
            boolean json = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
            return json ? new Parsed(path, null, GeniusWebReader.tree(text, limits))
                    : new Parsed(path, SecureXml.parse(text, limits), null);
        }
    }

    /** The files parsed so far, by absolute path, so that a file named twice (in a folder, by --profile) is read once. */
    private static final class Cache {
        private final Limits limits;
        private final java.util.Map<Path, Parsed> byPath = new java.util.HashMap<>();

        Cache(Limits limits) {
            this.limits = limits;
        }

        Parsed of(Path path) {
            Parsed p = byPath.get(path.toAbsolutePath().normalize());
            if (p == null) {
                p = Parsed.of(path, limits);
                byPath.put(path.toAbsolutePath().normalize(), p);
            }
            return p;
        }
    }

    /**
     * Whether {@code path} is a GENIUS/GeniusWeb input: a folder, an XML file, or a JSON file whose top level says
     * GeniusWeb ({@code issuesValues} or {@code LinearAdditiveUtilitySpace}). A JSON file is told by its top-level
     * keys alone, without building it, so that a Parley JSON scenario is parsed only by the scenario reader.
     */
    public static boolean isDomainInput(Path path, Limits limits) {
        if (Files.isDirectory(path)) {
            return true;
        }
        String n = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".xml")) {
            return !ktabScenario(path);
        }
        return n.endsWith(".json") && Files.isRegularFile(path) && geniusWebKeys(path, limits);
    }

    /** Whether an XML file is a KTAB scenario (root {@code <Scenario>}), told from its first 4 KiB. */
    private static boolean ktabScenario(Path path) {
        try (java.io.InputStream in = Files.newInputStream(path)) {
            String head = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.ISO_8859_1);
            return SecureXml.rootIs(head, "Scenario");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Whether the JSON file's top-level keys name a GeniusWeb domain or profile; false for anything unreadable. */
    private static boolean geniusWebKeys(Path path, Limits limits) {
        try {
            if (Files.size(path) > limits.maxFileBytes()) {
                return false;
            }
            try (JsonParser p = new JsonFactory().createParser(path.toFile())) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    return false;
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    if (key.equals("issuesValues") || key.endsWith("UtilitySpace")) {
                        return true;
                    }
                    if (key.equals("parley") || key.equals("actors") || key.equals("issues")) {
                        return false;
                    }
                    p.nextToken();
                    p.skipChildren();
                }
                return false;
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Loads a domain (folder or file) with the named profiles; with none named, the folder's profiles. */
    public static Loaded load(Path input, List<Path> profiles, Limits limits, int realGrid) {
        Cache parsed = new Cache(limits);
        List<String> warnings = new ArrayList<>();
        List<double[]> published = null;
        Parsed domain = null;
        List<Parsed> found = new ArrayList<>();
        if (Files.isDirectory(input)) {
            for (Path f : list(input)) {
                String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                if (n.equals("pareto.xml")) {
                    published = ParetoFile.read(TextFile.read(f, limits));
                } else if (n.endsWith(".xml") || n.endsWith(".json")) {
                    Parsed p = parsed.of(f);
                    if (p.xml() != null) {
                        String root = p.xml().getDocumentElement().getTagName();
                        if (root.equals("negotiation_template")) {
                            domain = pick(domain, p, input);
                        } else if (root.equals("utility_space")) {
                            found.add(p);
                        }
                    } else {
                        JsonNode t = p.json().root();
                        if (GeniusWebReader.isDomain(t)) {
                            domain = pick(domain, p, input);
                        } else if (t.isObject() && t.size() == 1 && t.fieldNames().next().endsWith("UtilitySpace")) {
                            found.add(p);
                        }
                    }
                }
            }
            boolean jsonProfiles = !found.isEmpty() && found.get(0).json() != null;
            if (domain == null && !jsonProfiles && profiles.isEmpty()) {
                throw InputException.of(input.toString(), "no domain file found (a GENIUS <negotiation_template> "
                        + "XML file or a GeniusWeb JSON file with \"issuesValues\")");
            }
        } else {
            domain = parsed.of(input);
        }
        List<Parsed> profileFiles = found;
        if (!profiles.isEmpty()) {
            profileFiles = new ArrayList<>();
            for (Path p : profiles) {
                Path alt = Files.isDirectory(input) ? input.resolve(p) : input.resolveSibling(p);
                profileFiles.add(parsed.of(Files.exists(p) || !Files.exists(alt) ? p : alt));
            }
        }
        if (profileFiles.size() < 2) {
            throw InputException.of(input.toString(), "found " + profileFiles.size() + " profile(s); a deal needs at "
                    + "least two (name them with --profile)");
        }
        boolean json = (domain != null ? domain : profileFiles.get(0)).json() != null;
        List<Profile> ps = new ArrayList<>();
        OutcomeSpace space;
        if (json) {
            space = domain != null ? GeniusWebReader.domain(domain.name(), json(domain), limits, warnings)
                    : GeniusWebReader.embeddedDomain(profileFiles.get(0).name(), json(profileFiles.get(0)), limits,
                    warnings);
            for (Parsed p : profileFiles) {
                ps.add(GeniusWebReader.profile(p.name(), json(p), limits, Ids.stem(p.name()), space, warnings));
            }
        } else {
            if (domain == null) {
                throw InputException.of(input.toString(), "no GENIUS domain file found (an XML file with root "
                        + "<negotiation_template>)");
            }
            GeniusDomain d = GeniusDomainReader.read(domain.name(), xml(domain), limits, realGrid, warnings);
            space = d.space();
            for (Parsed p : profileFiles) {
                ps.add(GeniusProfileReader.read(p.name(), xml(p), limits, Ids.stem(p.name()), d, realGrid,
                        warnings));
            }
        }
        try {
            return new Loaded(new DealSpace(space.name(), space, ps, 1.0), json ? "geniusweb" : "genius", warnings,
                    published);
        } catch (IllegalArgumentException e) {
            throw InputException.of(input.toString(), e.getMessage());
        }
    }

    private static LocatedTree json(Parsed p) {
        if (p.json() == null) {
            throw InputException.of(p.name(), "is XML; expected a GeniusWeb JSON file like the domain's");
        }
        return p.json();
    }

    private static Document xml(Parsed p) {
        if (p.xml() == null) {
            throw InputException.of(p.name(), "is JSON; expected a GENIUS XML file like the domain's");
        }
        return p.xml();
    }

    private static Parsed pick(Parsed current, Parsed f, Path dir) {
        if (current != null) {
            throw InputException.of(dir.toString(), "has two domain files, " + current.path().getFileName() + " and "
                    + f.path().getFileName() + "; name the domain file and its profiles (--profile)");
        }
        return f;
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw InputException.of(dir.toString(), "cannot be listed: " + e.getMessage());
        }
    }
}
