package org.parley.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The headline numbers of a stored result JSON, whatever command produced it: each forecast per model and issue
 * ({@code forecast.MODEL.ISSUE}), each package's acceptance ({@code packages.ID.acceptance}) and each actor's margin
 * over its no-deal value ({@code packages.ID.margin.ACTOR}), and each actor's favourite package. Values are
 * {@link Double} or {@link String}. A new analysis adds a rule in {@link #visit}.
 */
public final class Headlines {

    /** Parts of a result that hold detail, not headlines: not walked. */
    private static final Set<String> DETAIL = Set.of("rounds", "trace", "statistics", "scenario", "actors", "issues");

    private Headlines() {
    }

    /** The headlines found anywhere in the result, in document order. */
    public static Map<String, Object> of(JsonNode result) {
        Map<String, Object> out = new LinkedHashMap<>();
        walk(result, out);
        return out;
    }

    private static void walk(JsonNode node, Map<String, Object> out) {
        if (node.isArray()) {
            node.forEach(child -> walk(child, out));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        visit(node, out);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!DETAIL.contains(e.getKey())) {
                walk(e.getValue(), out);
            }
        }
    }

    private static void visit(JsonNode node, Map<String, Object> out) {
        if (node.path("model").isTextual() && node.path("forecast").isObject()) {
            String model = node.get("model").asText();
            node.get("forecast").fields().forEachRemaining(e -> out.put("forecast." + model + "." + e.getKey(),
                    e.getValue().asDouble()));
        }
        if (node.path("id").isTextual() && node.path("margins").isObject() && node.has("accepted_by")) {
            String id = node.get("id").asText();
            out.put("packages." + id + ".acceptance", acceptance(node));
            node.get("margins").fields().forEachRemaining(e -> out.put("packages." + id + ".margin." + e.getKey(),
                    e.getValue().asDouble()));
        }
        if (node.path("favourites").isObject()) {
            node.get("favourites").fields().forEachRemaining(e -> out.put("favourite." + e.getKey(),
                    e.getValue().asText()));
        }
    }

    private static String acceptance(JsonNode verdict) {
        int accepted = verdict.path("accepted_by").size();
        int judged = accepted + verdict.path("rejected_by").size();
        List<String> blocked = new ArrayList<>();
        verdict.path("blocked_by").forEach(b -> blocked.add(b.asText()));
        return "accepted by " + accepted + " of " + judged + (blocked.isEmpty() ? ""
                : ", blocked by " + String.join(", ", blocked));
    }
}
