package org.parley.io.deals;

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
import org.parley.io.InputException;
import org.parley.io.Limits;
import org.parley.io.genius.GeniusDomain;
import org.parley.io.genius.GeniusDomainReader;
import org.parley.io.genius.GeniusProfileReader;
import org.parley.io.genius.ParetoFile;
import org.parley.io.geniusweb.GeniusWebReader;
import org.parley.io.text.TextFile;
import org.parley.io.xml.SecureXml;

/**
 * Loads a negotiation domain and its profiles. {@code load(DIR)} finds them in a folder: the GENIUS domain is the
 * XML file whose root is {@code <negotiation_template>}, the profiles the {@code <utility_space>} files; the
 * GeniusWeb domain is the JSON file with {@code issuesValues}, the profiles the {@code LinearAdditiveUtilitySpace}
 * files; a GENIUS {@code pareto.xml} is read as the published frontier. Profiles are taken in file-name order and
 * named after their file (without extension).
 */
public final class DealFiles {

    private DealFiles() {
    }

    /** What was loaded: the deal space, the warnings, and a published frontier when the folder has one. */
    public record Loaded(DealSpace deals, String format, List<String> warnings, List<double[]> publishedFrontier) {
    }

    /** Whether {@code path} looks like a GENIUS/GeniusWeb input (a folder, an XML file, or GeniusWeb JSON). */
    public static boolean isDomainInput(Path path, Limits limits) {
        if (Files.isDirectory(path)) {
            return true;
        }
        String n = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".xml")) {
            return true;
        }
        if (n.endsWith(".json") && Files.isRegularFile(path)) {
            try {
                JsonNode t = GeniusWebReader.tree(TextFile.read(path, limits));
                return GeniusWebReader.isDomain(t) || t.has("LinearAdditiveUtilitySpace");
            } catch (InputException e) {
                return false;
            }
        }
        return false;
    }

    /** Loads a domain (folder or file) with the named profiles; with none named, the folder's profiles. */
    public static Loaded load(Path input, List<Path> profiles, Limits limits, int realGrid) {
        List<String> warnings = new ArrayList<>();
        List<double[]> published = null;
        Path domainFile = null;
        List<Path> profileFiles = new ArrayList<>();
        if (Files.isDirectory(input)) {
            for (Path f : list(input)) {
                String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                if (n.equals("pareto.xml")) {
                    published = ParetoFile.read(TextFile.read(f, limits));
                } else if (n.endsWith(".xml")) {
                    String root = SecureXml.parse(TextFile.read(f, limits)).getDocumentElement().getTagName();
                    if (root.equals("negotiation_template")) {
                        domainFile = pick(domainFile, f, input);
                    } else if (root.equals("utility_space")) {
                        profileFiles.add(f);
                    }
                } else if (n.endsWith(".json")) {
                    JsonNode t = GeniusWebReader.tree(TextFile.read(f, limits));
                    if (GeniusWebReader.isDomain(t)) {
                        domainFile = pick(domainFile, f, input);
                    } else if (t.isObject() && t.size() == 1 && t.fieldNames().next().endsWith("UtilitySpace")) {
                        profileFiles.add(f);
                    }
                }
            }
            if (domainFile == null && !profileFiles.isEmpty()
                    && profileFiles.get(0).toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                domainFile = null;
            } else if (domainFile == null) {
                throw InputException.of(input.toString(), "no domain file found (a GENIUS <negotiation_template> "
                        + "XML file or a GeniusWeb JSON file with \"issuesValues\")");
            }
        } else {
            domainFile = input;
        }
        if (!profiles.isEmpty()) {
            profileFiles = new ArrayList<>();
            for (Path p : profiles) {
                Path alt = Files.isDirectory(input) ? input.resolve(p) : input.resolveSibling(p);
                profileFiles.add(Files.exists(p) || !Files.exists(alt) ? p : alt);
            }
        }
        if (profileFiles.size() < 2) {
            throw InputException.of(input.toString(), "found " + profileFiles.size() + " profile(s); a deal needs at "
                    + "least two (name them with --profile)");
        }
        boolean json = (domainFile != null ? domainFile : profileFiles.get(0)).toString()
                .toLowerCase(Locale.ROOT).endsWith(".json");
        List<Profile> ps = new ArrayList<>();
        OutcomeSpace space;
        if (json) {
            space = domainFile != null ? GeniusWebReader.domain(TextFile.read(domainFile, limits), warnings)
                    : GeniusWebReader.embeddedDomain(TextFile.read(profileFiles.get(0), limits), warnings);
            for (Path p : profileFiles) {
                ps.add(GeniusWebReader.profile(TextFile.read(p, limits), stem(p), space, warnings));
            }
        } else {
            GeniusDomain d = GeniusDomainReader.read(TextFile.read(domainFile, limits), realGrid, warnings);
            space = d.space();
            for (Path p : profileFiles) {
                ps.add(GeniusProfileReader.read(TextFile.read(p, limits), stem(p), d, realGrid, warnings));
            }
        }
        try {
            return new Loaded(new DealSpace(space.name(), space, ps, 1.0), json ? "geniusweb" : "genius", warnings,
                    published);
        } catch (IllegalArgumentException e) {
            throw InputException.of(input.toString(), e.getMessage());
        }
    }

    private static Path pick(Path current, Path f, Path dir) {
        if (current != null) {
            throw InputException.of(dir.toString(), "has two domain files, " + current.getFileName() + " and "
                    + f.getFileName() + "; name the domain file and its profiles (--profile)");
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

    /** A file's name without its extension. */
    public static String stem(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
