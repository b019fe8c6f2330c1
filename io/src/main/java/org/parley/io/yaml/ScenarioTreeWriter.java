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
        if (!s.catastrophes().isEmpty()) {
            ArrayNode a = root.putArray("catastrophes");
            for (Catastrophe c : s.catastrophes()) {
                ObjectNode o = a.addObject();
                text(o, "id", c.id());
                text(o, "name", c.name());
                o.set("hazard", number(c.hazard()));
                basis(o, c.basis());
                sources(o, c.sources());
                text(o, "note", c.note());
            }
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
        if (s.phasing() != null) {
            root.set("phasing", phasing(s.phasing()));
        }
        Uncertainty u = s.uncertainty();
        if (u.spread() != null || !u.inputs().isEmpty() || !u.correlations().isEmpty()) {
            root.set("uncertainty", uncertainty(u));
        }
        return root;
    }

    private static ObjectNode uncertainty(Uncertainty u) {
        ObjectNode o = F.objectNode();
        if (u.spread() != null) {
            o.set("spread", number(u.spread()));
        }
        if (!u.inputs().isEmpty()) {
            ArrayNode a = o.putArray("inputs");
            for (Varied v : u.inputs()) {
                ObjectNode vo = a.addObject();
                text(vo, "path", v.path());
                Distribution d = v.distribution();
                if (d != null) {
                    vo.put("distribution", d.shape().word());
                    optional(vo, "low", d.low());
                    optional(vo, "mode", d.mode());
                    optional(vo, "high", d.high());
                    optional(vo, "mean", d.mean());
                    optional(vo, "sd", d.sd());
                    numbers(vo, "values", d.values());
                    numbers(vo, "weights", d.weights());
                }
                text(vo, "note", v.note());
            }
        }
        if (!u.correlations().isEmpty()) {
            ArrayNode a = o.putArray("correlations");
            for (RankCorrelation c : u.correlations()) {
                ObjectNode co = a.addObject();
                ArrayNode between = co.putArray("between");
                between.add(c.first());
                between.add(c.second());
                co.set("rank", number(c.rank()));
            }
        }
        return o;
    }

    private static ObjectNode noDeal(NoDeal nd) {
        ObjectNode o = F.objectNode();
        optional(o, "conflict_value", nd.conflictValue());
        o.set("horizon", number(nd.horizon()));
        o.set("discount", number(nd.discount()));
        if (!nd.losses().isEmpty()) {
            ObjectNode losses = o.putObject("losses");
            nd.losses().forEach((id, l) -> losses.set(id, number(l)));
        }
        basis(o, nd.basis());
        text(o, "note", nd.note());
        return o;
    }

    private static void optional(ObjectNode o, String key, Double x) {
        if (x != null) {
            o.set(key, number(x));
        }
    }

    private static void numbers(ObjectNode o, String key, List<Double> xs) {
        if (!xs.isEmpty()) {
            ArrayNode a = o.putArray(key);
            xs.forEach(x -> a.add(number(x)));
        }
    }

    private static ObjectNode phasing(Phasing p) {
        ObjectNode o = F.objectNode();
        o.set("start", number(p.start()));
        o.set("end", number(p.end()));
        o.put("punishment", p.punishment().word());
        PowerPath power = p.power();
        if (power != null) {
            ObjectNode po = o.putObject("power");
            text(po, "declining", power.declining());
            po.set("war_cost", number(power.warCost()));
            ArrayNode path = po.putArray("path");
            for (PowerPoint pt : power.path()) {
                ObjectNode e = path.addObject();
                e.set("year", number(pt.year()));
                e.set("p", number(pt.p()));
            }
            text(po, "note", power.note());
        }
        text(o, "note", p.note());
        return o;
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
        if (!i.concededBy().isEmpty()) {
            ArrayNode by = o.putArray("conceded_by");
            i.concededBy().forEach(by::add);
        }
        if (i.reversible()) {
            o.put("reversible", true);
        }
        text(o, "concession_note", i.concessionNote());
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
        if (a.discount() != null) {
            o.set("discount", number(a.discount()));
        }
        text(o, "discount_note", a.discountNote());
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
        if (a.noDeal() != null) {
            o.set("no_deal", noDeal(a.noDeal()));
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

    /** A number node that prints as the shortest plain decimal (12, not 12.0). */
    static JsonNode number(double x) {
        if (!Double.isFinite(x)) {
            return F.numberNode(x);
        }
        return F.numberNode(new BigDecimal(Numbers.format(x)));
    }
}
