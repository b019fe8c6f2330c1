package org.parley.io.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Anchor;
import org.parley.core.scenario.Basis;
import org.parley.core.scenario.Fact;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Loss;
import org.parley.core.scenario.Package;
import org.parley.core.scenario.Problem;
import org.parley.core.scenario.Scale;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Source;
import org.parley.core.scenario.Stance;
import org.parley.io.Limits;
import org.parley.io.text.Numbers;

/** Turns a Parley document tree into a {@link Scenario}, collecting every structural problem by path. */
final class ScenarioTreeReader {

    static final int FORMAT_VERSION = 1;

    private static final Set<String> ROOT = Set.of("parley", "name", "as_of", "description", "utility", "sources",
            "issues", "actors", "packages");
    private static final Set<String> UTILITY = Set.of("loss");
    private static final Set<String> SOURCE = Set.of("id", "title", "locator", "year", "used_for");
    private static final Set<String> ISSUE = Set.of("id", "name", "description", "scale", "anchors", "status_quo",
            "note");
    private static final Set<String> SCALE = Set.of("min", "max", "unit");
    private static final Set<String> ACTOR = Set.of("id", "name", "capability", "reservation", "veto", "basis",
            "note", "facts", "stances");
    private static final Set<String> FACT = Set.of("name", "value", "unit", "source");
    private static final Set<String> STANCE = Set.of("position", "salience", "note", "basis", "sources");
    private static final Set<String> PACKAGE = Set.of("id", "name", "description", "terms");

    private final List<Problem> problems = new ArrayList<>();
    private final Limits limits;
    private Problem refusal;

    ScenarioTreeReader(Limits limits) {
        this.limits = limits;
    }

    List<Problem> problems() {
        return problems;
    }

    /**
     * The limit the document breaks (too many issues or actors), or null. A document past a limit is refused for
     * that alone: the problems that follow from leaving its issues out would only bury the one that matters.
     */
    Problem refusal() {
        return refusal;
    }

    /** The scenario in the tree; check {@link #problems()} before using it. */
    Scenario read(JsonNode root) {
        Fields f = Fields.of(root, "", problems, ROOT);
        if (f == null) {
            return new Scenario(null, null, null, null, null, null, null, null);
        }
        Double version = f.number("parley", false);
        if (version != null && version != FORMAT_VERSION) {
            problems.add(new Problem("parley", "format version " + Numbers.format(version) + " is not supported; "
                    + "expected " + FORMAT_VERSION));
        }
        Loss loss = loss(f.object("utility", false));
        List<Source> sources = list(f.array("sources", false), "sources", Integer.MAX_VALUE, this::source);
        List<Issue> issues = list(f.array("issues", true), "issues", limits.maxIssues(), this::issue);
        List<Actor> actors = list(f.array("actors", true), "actors", limits.maxActors(), this::actor);
        List<Package> packages = list(f.array("packages", false), "packages", Integer.MAX_VALUE, this::pkg);
        return new Scenario(f.text("name", false), f.text("as_of", false), f.text("description", false), loss,
                sources, issues, actors, packages);
    }

    private interface ItemReader<T> {
        T read(JsonNode node, String path);
    }

    private <T> List<T> list(ArrayNode a, String path, int max, ItemReader<T> reader) {
        List<T> out = new ArrayList<>();
        if (a == null) {
            return out;
        }
        if (a.size() > max) {
            refusal = new Problem(path, a.size() + " " + path + ", more than the limit of " + max
                    + "; expected a smaller scenario");
            return out;
        }
        for (int k = 0; k < a.size(); k++) {
            T item = reader.read(a.get(k), path + "[" + k + "]");
            if (item != null) {
                out.add(item);
            }
        }
        return out;
    }

    private Loss loss(ObjectNode n) {
        if (n == null) {
            return Loss.LINEAR;
        }
        Fields f = Fields.of(n, "utility", problems, UTILITY);
        String word = f.text("loss", false);
        if (word == null) {
            return Loss.LINEAR;
        }
        for (Loss l : Loss.values()) {
            if (l.word().equalsIgnoreCase(word)) {
                return l;
            }
        }
        problems.add(new Problem("utility.loss", "'" + word + "' is not a loss; expected linear or quadratic"));
        return Loss.LINEAR;
    }

    private Source source(JsonNode n, String path) {
        Fields f = Fields.of(n, path, problems, SOURCE);
        if (f == null) {
            return null;
        }
        return new Source(f.text("id", true), f.text("title", false), f.text("locator", false), f.text("year", false),
                f.text("used_for", false));
    }

    private Issue issue(JsonNode n, String path) {
        Fields f = Fields.of(n, path, problems, ISSUE);
        if (f == null) {
            return null;
        }
        Scale scale = null;
        ObjectNode sn = f.object("scale", true);
        if (sn != null) {
            Fields s = Fields.of(sn, f.at("scale"), problems, SCALE);
            Double min = s.number("min", true);
            Double max = s.number("max", true);
            if (min != null && max != null) {
                scale = new Scale(min, max, s.text("unit", false));
            }
        }
        List<Anchor> anchors = new ArrayList<>();
        ObjectNode an = f.object("anchors", false);
        if (an != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = an.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                var value = Numbers.parse(e.getKey());
                String at = f.at("anchors") + "." + e.getKey();
                if (value == null) {
                    problems.add(new Problem(at, "anchor key '" + e.getKey() + "' is not a number; expected "
                            + "value: label"));
                } else if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                    problems.add(new Problem(at, "expected a label (text), got " + Fields.kind(e.getValue())));
                } else {
                    anchors.add(new Anchor(value.doubleValue(), e.getValue().asText()));
                }
            }
        }
        return new Issue(f.text("id", true), f.text("name", false), f.text("description", false), scale, anchors,
                f.number("status_quo", false), f.text("note", false));
    }

    private Actor actor(JsonNode n, String path) {
        Fields f = Fields.of(n, path, problems, ACTOR);
        if (f == null) {
            return null;
        }
        Double capability = f.number("capability", true);
        Map<String, Stance> stances = new LinkedHashMap<>();
        ObjectNode sn = f.object("stances", true);
        if (sn != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = sn.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Stance st = stance(e.getValue(), f.at("stances") + "." + e.getKey());
                if (st != null) {
                    stances.put(e.getKey(), st);
                }
            }
        }
        List<Fact> facts = list(f.array("facts", false), f.at("facts"), Integer.MAX_VALUE, this::fact);
        return new Actor(f.text("id", true), f.text("name", false), capability == null ? 0 : capability,
                f.number("reservation", false), f.bool("veto"), stances, basis(f), f.text("note", false), facts);
    }

    private Stance stance(JsonNode n, String path) {
        Fields f = Fields.of(n, path, problems, STANCE);
        if (f == null) {
            return null;
        }
        Double position = f.number("position", true);
        Double salience = f.number("salience", true);
        if (position == null || salience == null) {
            return null;
        }
        return new Stance(position, salience, f.text("note", false), basis(f), f.texts("sources"));
    }

    private Fact fact(JsonNode n, String path) {
        Fields f = Fields.of(n, path, problems, FACT);
        if (f == null) {
            return null;
        }
        String name = f.text("name", true);
        Double value = f.number("value", true);
        return name == null || value == null ? null
                : new Fact(name, value, f.text("unit", false), f.text("source", false));
    }

    private Package pkg(JsonNode n, String path) {
        Fields f = Fields.of(n, path, problems, PACKAGE);
        if (f == null) {
            return null;
        }
        Map<String, Double> terms = new LinkedHashMap<>();
        ObjectNode tn = f.object("terms", true);
        if (tn != null) {
            Fields t = Fields.open(tn, f.at("terms"), problems);
            for (Iterator<String> it = tn.fieldNames(); it.hasNext(); ) {
                String issue = it.next();
                Double v = t.number(issue, true);
                if (v != null) {
                    terms.put(issue, v);
                }
            }
        }
        return new Package(f.text("id", true), f.text("name", false), f.text("description", false), terms);
    }

    private Basis basis(Fields f) {
        String word = f.text("basis", false);
        if (word == null) {
            return null;
        }
        Basis b = Basis.ofWord(word);
        if (b == null) {
            problems.add(new Problem(f.at("basis"), "'" + word + "' is not a basis; expected sourced, derived or "
                    + "judgement"));
        }
        return b;
    }
}
