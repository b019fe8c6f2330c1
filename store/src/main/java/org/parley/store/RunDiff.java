package org.parley.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed from one run to another: the inputs (command, arguments, parameters, seed, Parley version, and every
 * scenario value by path) and how each headline result moved ({@link Headlines}).
 */
public record RunDiff(long from, long to, List<Change> inputs, List<Change> results, int unchangedResults) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The differences from run {@code a} to run {@code b}. */
    public static RunDiff of(Run a, Run b) {
        List<Change> inputs = new ArrayList<>();
        same(inputs, "command", a.command(), b.command());
        same(inputs, "arguments", String.join(" ", a.args()), String.join(" ", b.args()));
        leaves(inputs, "params.", Flattened.of(JSON.valueToTree(a.params())), Flattened.of(JSON.valueToTree(b.params())));
        same(inputs, "seed", Objects.toString(a.seed(), null), Objects.toString(b.seed(), null));
        same(inputs, "parley_version", a.parleyVersion(), b.parleyVersion());
        String hashA = a.scenario() == null ? null : a.scenario().hash();
        String hashB = b.scenario() == null ? null : b.scenario().hash();
        if (!Objects.equals(hashA, hashB)) {
            leaves(inputs, "", a.scenario() == null ? Map.of() : Flattened.yaml(a.scenario().content()),
                    b.scenario() == null ? Map.of() : Flattened.yaml(b.scenario().content()));
        }
        Map<String, Object> before = headlines(a);
        Map<String, Object> after = headlines(b);
        List<Change> results = new ArrayList<>();
        int unchanged = 0;
        for (String key : union(before.keySet(), after.keySet())) {
            Change c = result(key, before.get(key), after.get(key));
            if (c == null) {
                unchanged++;
            } else {
                results.add(c);
            }
        }
        return new RunDiff(a.id(), b.id(), List.copyOf(inputs), List.copyOf(results), unchanged);
    }

    /** Whether the two runs had the same inputs and the same headline results. */
    public boolean same() {
        return inputs.isEmpty() && results.isEmpty();
    }

    private static Map<String, Object> headlines(Run r) {
        if (r.result() == null) {
            return Map.of();
        }
        try {
            JsonNode tree = JSON.readTree(r.result());
            return Headlines.of(tree);
        } catch (JsonProcessingException e) {
            throw new StoreException("the result of run " + r.id() + " is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static void same(List<Change> out, String path, String before, String after) {
        if (!Objects.equals(before, after)) {
            out.add(new Change(path, before, after, null));
        }
    }

    private static void leaves(List<Change> out, String prefix, Map<String, String> a, Map<String, String> b) {
        for (String key : union(a.keySet(), b.keySet())) {
            same(out, prefix + key, a.get(key), b.get(key));
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> keys = new LinkedHashSet<>(a);
        keys.addAll(b);
        return keys;
    }

    private static Change result(String key, Object before, Object after) {
        String x = format(before);
        String y = format(after);
        if (Objects.equals(x, y)) {
            return null;
        }
        String note = null;
        if (before instanceof Double p && after instanceof Double q) {
            note = String.format(Locale.ROOT, "%+.2f", q - p);
            if (key.contains(".margin.") && (p >= 0) != (q >= 0)) {
                note += q >= 0 ? ", now accepts" : ", now rejects";
            }
        }
        return new Change(key, x, y, note);
    }

    private static String format(Object v) {
        if (v == null) {
            return null;
        }
        return v instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : v.toString();
    }

    /** The diff as a map for JSON output. */
    public Map<String, Object> document() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("from", from);
        doc.put("to", to);
        doc.put("inputs", inputs);
        doc.put("results", results);
        doc.put("unchanged_results", unchangedResults);
        return doc;
    }
}
