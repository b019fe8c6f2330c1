package org.parley.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parley.core.analysis.Headline;
import org.parley.core.text.Decimals;

/**
 * What changed from one run to another: the inputs (command, arguments, parameters, seed, Parley version, and every
 * scenario value by path) and how each headline result moved ({@link RunHeadlines}).
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
        Map<String, Headline> before = RunHeadlines.of(a);
        Map<String, Headline> after = RunHeadlines.of(b);
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

    private static Change result(String key, Headline before, Headline after) {
        String x = format(before);
        String y = format(after);
        if (Objects.equals(x, y)) {
            return null;
        }
        String note = null;
        if (before != null && after != null && before.numeric() && after.numeric()) {
            double p = before.value();
            double q = after.value();
            note = Decimals.signed(q - p, 2);
            if (key.contains(".margin.") && (p >= 0) != (q >= 0)) {
                note += q >= 0 ? ", now accepts" : ", now rejects";
            }
        }
        return new Change(key, x, y, note);
    }

    /** A headline as the diff shows it: numbers to two decimals. */
    static String format(Headline h) {
        if (h == null) {
            return null;
        }
        return h.numeric() ? Decimals.fixed(h.value(), 2) : h.text();
    }
}
