package org.parley.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document (a scenario's YAML, a parameter map) as {@code path -> value} leaves, in document order. Lists of
 * objects with an {@code id} are keyed by it ({@code actors.RUS.stances.US_EXIT.salience}); lists of plain values
 * are one leaf ({@code [S1, S2]}); other lists are keyed by index.
 */
public final class Flattened {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Flattened() {
    }

    /**
     * The leaves of a YAML (or JSON) text. A text that is not a YAML mapping (the data set a backtest stored, a CSV
     * or DEU file) is compared line by line: {@code line 7 -> the line's text}.
     */
    public static Map<String, String> yaml(String text) {
        JsonNode tree;
        try {
            tree = YAML.readTree(text);
        } catch (IOException e) {
            return lines(text);
        }
        return tree != null && tree.isObject() ? of(tree) : lines(text);
    }

    /** Each line of a text under the key {@code line N} (1-based). */
    static Map<String, String> lines(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int k = 0; k < lines.length; k++) {
            if (k < lines.length - 1 || !lines[k].isEmpty()) {
                out.put("line " + (k + 1), lines[k]);
            }
        }
        return out;
    }

    /** The leaves of a tree. */
    public static Map<String, String> of(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        walk("", node, out);
        return out;
    }

    private static void walk(String path, JsonNode node, Map<String, String> out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> walk(join(path, e.getKey()), e.getValue(), out));
        } else if (node.isArray()) {
            if (allScalar(node)) {
                List<String> items = new ArrayList<>();
                node.forEach(n -> items.add(n.asText()));
                out.put(path, "[" + String.join(", ", items) + "]");
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                String key = item.path("id").isValueNode() ? item.get("id").asText() : Integer.toString(i);
                walk(join(path, key), item, out);
            }
        } else {
            out.put(path, node.asText());
        }
    }

    private static boolean allScalar(JsonNode array) {
        for (JsonNode n : array) {
            if (n.isContainerNode()) {
                return false;
            }
        }
        return true;
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
