package org.parley.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Finds the parts of a result document that sections draw, whichever command produced it. */
final class Results {

    private Results() {
    }

    /** Every forecast (an object with {@code model} and {@code forecast}), in document order. */
    static List<JsonNode> forecasts(JsonNode result) {
        List<JsonNode> out = new ArrayList<>();
        find(result, n -> n.path("model").isTextual() && n.path("forecast").isObject(), out);
        return out;
    }

    /** Every package verdict (an object with {@code id}, {@code utilities} and {@code margins}). */
    static List<JsonNode> verdicts(JsonNode result) {
        List<JsonNode> out = new ArrayList<>();
        find(result, n -> n.path("id").isTextual() && n.path("utilities").isObject() && n.path("margins").isObject(),
                out);
        return out;
    }

    private static void find(JsonNode node, java.util.function.Predicate<JsonNode> match, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isObject() && match.test(node)) {
            out.add(node);
            return;
        }
        if (node.isContainerNode()) {
            node.forEach(child -> find(child, match, out));
        }
    }
}
