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
import java.util.TreeSet;
import org.parley.core.scenario.Problem;
import org.parley.core.text.Nearest;
import org.parley.io.text.Numbers;

/**
 * Typed access to the fields of one mapping in a document tree. Every missing or mistyped field, and every key
 * the format does not know, becomes a {@link Problem} at its path; the getters then return null and reading goes on,
 * so that one pass lists every problem.
 */
final class Fields {

    private final ObjectNode node;
    private final String path;
    private final List<Problem> problems;

    private Fields(ObjectNode node, String path, List<Problem> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** The fields of {@code n} if it is a mapping; otherwise a problem and null. */
    static Fields of(JsonNode n, String path, List<Problem> problems, Set<String> known) {
        if (n == null || !n.isObject()) {
            problems.add(new Problem(path, "expected a mapping (key: value lines), got " + kind(n)));
            return null;
        }
        Fields f = new Fields((ObjectNode) n, path, problems);
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                String near = Nearest.to(key, known).orElse(null);
                problems.add(new Problem(f.at(key), "unknown key '" + key + "'"
                        + (near == null ? "" : " (did you mean '" + near + "'?)") + "; expected one of "
                        + new TreeSet<>(known)));
            }
        }
        return f;
    }

    /** The fields of a mapping whose keys are data (ids), not names from the format. */
    static Fields open(ObjectNode n, String path, List<Problem> problems) {
        return new Fields(n, path, problems);
    }

    String at(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        JsonNode v = node.get(key);
        return v != null && !v.isNull();
    }

    /** A text field; numbers and booleans are taken as their text. */
    String text(String key, boolean required) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                problems.add(new Problem(at(key), "missing; expected text"));
            }
            return null;
        }
        if (!v.isValueNode()) {
            problems.add(new Problem(at(key), "expected text, got " + kind(v)));
            return null;
        }
        return v.asText();
    }

    /** A number field. */
    Double number(String key, boolean required) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                problems.add(new Problem(at(key), "missing; expected a number"));
            }
            return null;
        }
        if (!v.isNumber()) {
            problems.add(new Problem(at(key), "expected a number, got " + kind(v)));
            return null;
        }
        if (!Double.isFinite(v.doubleValue()) && !v.isBigDecimal()) {
            return v.doubleValue(); // YAML .nan / .inf: the model's checks name them by path
        }
        Numbers.Reading x = Numbers.read(v.decimalValue().toString());
        if (!x.ok()) {
            problems.add(new Problem(at(key), x.problem()));
            return null;
        }
        return x.value().doubleValue();
    }

    /** A true/false field, false when absent. */
    boolean bool(String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            problems.add(new Problem(at(key), "expected true or false, got " + kind(v)));
            return false;
        }
        return v.booleanValue();
    }

    /** A mapping field, or null. */
    ObjectNode object(String key, boolean required) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                problems.add(new Problem(at(key), "missing; expected a mapping"));
            }
            return null;
        }
        if (!v.isObject()) {
            problems.add(new Problem(at(key), "expected a mapping (key: value lines), got " + kind(v)));
            return null;
        }
        return (ObjectNode) v;
    }

    /** A list field, or an empty list. */
    ArrayNode array(String key, boolean required) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                problems.add(new Problem(at(key), "missing; expected a list"));
            }
            return null;
        }
        if (!v.isArray()) {
            problems.add(new Problem(at(key), "expected a list ('- ' items), got " + kind(v)));
            return null;
        }
        return (ArrayNode) v;
    }

    /** A list of text values. */
    List<String> texts(String key) {
        ArrayNode a = array(key, false);
        List<String> out = new ArrayList<>();
        if (a != null) {
            for (int k = 0; k < a.size(); k++) {
                if (a.get(k).isValueNode() && !a.get(k).isNull()) {
                    out.add(a.get(k).asText());
                } else {
                    problems.add(new Problem(at(key) + "[" + k + "]", "expected text, got " + kind(a.get(k))));
                }
            }
        }
        return out;
    }

    /**
     * The mapping under {@code key} whose keys are data (ids) and whose values are numbers, in file order; a value
     * that is not a number is a problem at its path. Empty when the key is absent (a problem too when required).
     */
    Map<String, Double> numbers(String key, boolean required) {
        Map<String, Double> out = new LinkedHashMap<>();
        ObjectNode n = object(key, required);
        if (n != null) {
            Fields f = open(n, at(key), problems);
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String id = it.next();
                Double v = f.number(id, true);
                if (v != null) {
                    out.put(id, v);
                }
            }
        }
        return out;
    }

    /** Words for the kind of a node, for messages ({@link LocatedTree#kind}). */
    static String kind(JsonNode n) {
        return LocatedTree.kind(n);
    }
}
