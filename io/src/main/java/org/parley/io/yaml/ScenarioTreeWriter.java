package org.parley.io.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Anchor;
import org.parley.core.scenario.Basis;
import org.parley.core.scenario.Fact;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Loss;
import org.parley.core.scenario.Package;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Source;
import org.parley.core.scenario.Stance;
import org.parley.io.text.Numbers;

/** Turns a {@link Scenario} into the canonical Parley document tree: fixed key order, no empty fields. */
final class ScenarioTreeWriter {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ScenarioTreeWriter() {
    }

    static ObjectNode write(Scenario s) {
        ObjectNode root = F.objectNode();
        root.put("parley", ScenarioTreeReader.FORMAT_VERSION);
        text(root, "name", s.name());
        text(root, "as_of", s.asOf());
        text(root, "description", s.description());
        if (s.loss() != Loss.LINEAR) {
            root.putObject("utility").put("loss", s.loss().word());
        }
        if (!s.sources().isEmpty()) {
            ArrayNode a = root.putArray("sources");
            for (Source src : s.sources()) {
                ObjectNode o = a.addObject();
                text(o, "id", src.id());
                text(o, "title", src.title());
                text(o, "locator", src.locator());
                text(o, "year", src.year());
                text(o, "used_for", src.usedFor());
            }
        }
        ArrayNode issues = root.putArray("issues");
        for (Issue i : s.issues()) {
            issues.add(issue(i));
        }
        ArrayNode actors = root.putArray("actors");
        for (Actor a : s.actors()) {
            actors.add(actor(a));
        }
        if (!s.packages().isEmpty()) {
            ArrayNode a = root.putArray("packages");
            for (Package p : s.packages()) {
                ObjectNode o = a.addObject();
                text(o, "id", p.id());
                text(o, "name", p.name());
                text(o, "description", p.description());
                ObjectNode terms = o.putObject("terms");
                for (Map.Entry<String, Double> t : p.terms().entrySet()) {
                    terms.set(t.getKey(), number(t.getValue()));
                }
            }
        }
        return root;
    }

    private static ObjectNode issue(Issue i) {
        ObjectNode o = F.objectNode();
        text(o, "id", i.id());
        text(o, "name", i.name());
        text(o, "description", i.description());
        ObjectNode scale = o.putObject("scale");
        scale.set("min", number(i.scale().min()));
        scale.set("max", number(i.scale().max()));
        text(scale, "unit", i.scale().unit());
        if (!i.anchors().isEmpty()) {
            ObjectNode anchors = o.putObject("anchors");
            for (Anchor a : i.anchors()) {
                anchors.put(Numbers.format(a.value()), a.label());
            }
        }
        if (i.statusQuo() != null) {
            o.set("status_quo", number(i.statusQuo()));
        }
        text(o, "note", i.note());
        return o;
    }

    private static ObjectNode actor(Actor a) {
        ObjectNode o = F.objectNode();
        text(o, "id", a.id());
        text(o, "name", a.name());
        o.set("capability", number(a.capability()));
        if (a.reservation() != null) {
            o.set("reservation", number(a.reservation()));
        }
        if (a.veto()) {
            o.put("veto", true);
        }
        basis(o, a.basis());
        text(o, "note", a.note());
        if (!a.facts().isEmpty()) {
            ArrayNode facts = o.putArray("facts");
            for (Fact f : a.facts()) {
                ObjectNode fo = facts.addObject();
                text(fo, "name", f.name());
                fo.set("value", number(f.value()));
                text(fo, "unit", f.unit());
                text(fo, "source", f.source());
            }
        }
        ObjectNode stances = o.putObject("stances");
        for (Map.Entry<String, Stance> e : a.stances().entrySet()) {
            Stance st = e.getValue();
            ObjectNode so = stances.putObject(e.getKey());
            so.set("position", number(st.position()));
            so.set("salience", number(st.salience()));
            basis(so, st.basis());
            sources(so, st.sources());
            text(so, "note", st.note());
        }
        return o;
    }

    private static void sources(ObjectNode o, List<String> ids) {
        if (!ids.isEmpty()) {
            ArrayNode a = o.putArray("sources");
            ids.forEach(a::add);
        }
    }

    private static void basis(ObjectNode o, Basis b) {
        if (b != null) {
            o.put("basis", b.word());
        }
    }

    private static void text(ObjectNode o, String key, String value) {
        if (value != null) {
            o.put(key, value);
        }
    }

    /** A number node that prints as the shortest plain decimal (12, not 12.0), or as 1.0E-200 when plain is long. */
    static JsonNode number(double x) {
        if (!Double.isFinite(x)) {
            return F.numberNode(x);
        }
        String f = Numbers.format(x);
        return f.contains("E") ? F.numberNode(x) : F.numberNode(new BigDecimal(f));
    }
}
