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
import org.parley.core.scenario.Catastrophe;
import org.parley.core.scenario.Distribution;
import org.parley.core.scenario.NoDeal;
import org.parley.core.scenario.RankCorrelation;
import org.parley.core.scenario.Uncertainty;
import org.parley.core.scenario.Varied;
import org.parley.core.scenario.Fact;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Loss;
import org.parley.core.scenario.Package;
import org.parley.core.scenario.Phasing;
import org.parley.core.scenario.PowerPath;
import org.parley.core.scenario.PowerPoint;
import org.parley.core.scenario.Problem;
import org.parley.core.scenario.Punishment;
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
            "issues", "catastrophes", "actors", "packages", "uncertainty", "phasing");
    private static final Set<String> UTILITY = Set.of("loss");
    private static final Set<String> SOURCE = Set.of("id", "title", "locator", "year", "used_for");
    private static final Set<String> ISSUE = Set.of("id", "name", "description", "scale", "anchors", "status_quo",
            "note", "conceded_by", "reversible", "concession_note");
    private static final Set<String> SCALE = Set.of("min", "max", "unit");
    private static final Set<String> ACTOR = Set.of("id", "name", "capability", "reservation", "veto", "basis",
            "note", "facts", "stances", "no_deal", "discount", "discount_note");
    private static final Set<String> CATASTROPHE = Set.of("id", "name", "hazard", "basis", "sources", "note");
    private static final Set<String> NO_DEAL = Set.of("conflict_value", "horizon", "discount", "losses", "basis",
            "note");
    private static final Set<String> UNCERTAINTY = Set.of("spread", "inputs", "correlations");
    private static final Set<String> VARIED = Set.of("path", "distribution", "low", "high", "mode", "mean", "sd",
            "values", "weights", "note");
    private static final Set<String> CORRELATION = Set.of("between", "rank");
    private static final Set<String> FACT = Set.of("name", "value", "unit", "source");
    private static final Set<String> STANCE = Set.of("position", "salience", "note", "basis", "sources");
    private static final Set<String> PACKAGE = Set.of("id", "name", "description", "terms");
    private static final Set<String> PHASING = Set.of("start", "end", "punishment", "power", "note");
    private static final Set<String> POWER = Set.of("declining", "war_cost", "path", "note");
    private static final Set<String> POWER_POINT = Set.of("year", "p");

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
        List<Catastrophe> catastrophes = list(f.array("catastrophes", false), "catastrophes", Integer.MAX_VALUE,
                this::catastrophe);
        List<Actor> actors = list(f.array("actors", true), "actors", limits.maxActors(), this::actor);
        List<Package> packages = list(f.array("packages", false), "packages", Integer.MAX_VALUE, this::pkg);
        Phasing phasing = phasing(f.object("phasing", false));
        return new Scenario(f.text("name", false), f.text("as_of", false), f.text("description", false), loss,
                sources, issues, actors, packages, catastrophes, uncertainty(f.object("uncertainty", false)), phasing);
    }

    private Catastrophe catastrophe(JsonNode n, String path) {
        Fields f = Fields.of(n, path, problems, CATASTROPHE);
        if (f == null) {
            return null;
        }
        Double hazard = f.number("hazard", true);
        return new Catastrophe(f.text("id", true), f.text("name", false), hazard == null ? 0 : hazard,
                f.text("note", false), basis(f), f.texts("sources"));
    }

    private NoDeal noDeal(ObjectNode n, String path) {
        if (n == null) {
            return null;
        }
        Fields f = Fields.of(n, path, problems, NO_DEAL);
        Double horizon = f.number("horizon", true);
        Double discount = f.number("discount", true);
        Map<String, Double> losses = f.numbers("losses", false);
        return new NoDeal(f.number("conflict_value", false), horizon == null ? 1 : horizon,
                discount == null ? 1 : discount, losses, f.text("note", false), basis(f));
    }

    private Uncertainty uncertainty(ObjectNode n) {
        if (n == null) {
            return Uncertainty.none();
        }
        Fields f = Fields.of(n, "uncertainty", problems, UNCERTAINTY);
        List<Varied> inputs = list(f.array("inputs", false), "uncertainty.inputs", Integer.MAX_VALUE, this::varied);
        List<RankCorrelation> correlations = list(f.array("correlations", false), "uncertainty.correlations",
                Integer.MAX_VALUE, this::correlation);
        return new Uncertainty(f.number("spread", false), inputs, correlations);
    }

    private Varied varied(JsonNode n, String path) {
        Fields f = Fields.of(n, path, problems, VARIED);
        if (f == null) {
            return null;
        }
        String word = f.text("distribution", true);
        Distribution.Shape shape = word == null ? null : Distribution.Shape.ofWord(word);
        if (word != null && shape == null) {
            problems.add(new Problem(f.at("distribution"), "'" + word + "' is not a distribution; expected uniform, "
                    + "triangular, normal or discrete"));
        }
        Distribution d = shape == null ? null : new Distribution(shape, f.number("low", false),
                f.number("high", false), f.number("mode", false), f.number("mean", false), f.number("sd", false),
                numbers(f, "values"), numbers(f, "weights"));
        return new Varied(f.text("path", true), d, f.text("note", false));
    }

    private List<Double> numbers(Fields f, String key) {
        ArrayNode a = f.array(key, false);
        List<Double> out = new ArrayList<>();
        if (a != null) {
            for (int k = 0; k < a.size(); k++) {
                if (a.get(k).isNumber()) {
                    out.add(a.get(k).doubleValue());
                } else {
                    problems.add(new Problem(f.at(key) + "[" + k + "]", "expected a number, got "
                            + Fields.kind(a.get(k))));
                }
            }
        }
        return out;
    }

    private RankCorrelation correlation(JsonNode n, String path) {
        Fields f = Fields.of(n, path, problems, CORRELATION);
        if (f == null) {
            return null;
        }
        List<String> between = f.texts("between");
        if (f.has("between") && between.size() != 2) {
            problems.add(new Problem(f.at("between"), between.size() + " paths; expected two: [PATH, PATH]"));
        } else if (!f.has("between")) {
            problems.add(new Problem(f.at("between"), "missing; expected two paths: [PATH, PATH]"));
        }
        Double rank = f.number("rank", true);
        return new RankCorrelation(between.size() > 0 ? between.get(0) : null, between.size() > 1 ? between.get(1)
                : null, rank == null ? 0 : rank);
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
                f.number("status_quo", false), f.text("note", false), f.texts("conceded_by"), f.bool("reversible"),
                f.text("concession_note", false));
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
                f.number("reservation", false), f.bool("veto"), stances, basis(f), f.text("note", false), facts,
                noDeal(f.object("no_deal", false), f.at("no_deal")), f.number("discount", false),
                f.text("discount_note", false));
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
        Map<String, Double> terms = f.numbers("terms", true);
        return new Package(f.text("id", true), f.text("name", false), f.text("description", false), terms);
    }

    private Phasing phasing(ObjectNode n) {
        if (n == null) {
            return null;
        }
        Fields f = Fields.of(n, "phasing", problems, PHASING);
        Punishment punishment = null;
        String word = f.text("punishment", false);
        if (word != null) {
            punishment = Punishment.ofWord(word);
            if (punishment == null) {
                problems.add(new Problem(f.at("punishment"), "'" + word + "' is not a punishment; expected freeze or "
                        + "no-deal"));
            }
        }
        return new Phasing(f.number("start", true), f.number("end", true), punishment, power(f.object("power", false)),
                f.text("note", false));
    }

    private PowerPath power(ObjectNode n) {
        if (n == null) {
            return null;
        }
        Fields f = Fields.of(n, "phasing.power", problems, POWER);
        Double cost = f.number("war_cost", true);
        List<PowerPoint> path = list(f.array("path", true), f.at("path"), Integer.MAX_VALUE, this::powerPoint);
        return new PowerPath(f.text("declining", true), cost == null ? 0 : cost, path, f.text("note", false));
    }

    private PowerPoint powerPoint(JsonNode n, String path) {
        Fields f = Fields.of(n, path, problems, POWER_POINT);
        if (f == null) {
            return null;
        }
        Double year = f.number("year", true);
        Double p = f.number("p", true);
        return year == null || p == null ? null : new PowerPoint(year, p);
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
