package org.parley.core.deals;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small helpers for the ordered, unmodifiable maps of the deal-space records. */
final class Maps {

    private Maps() {
    }

    /** An unmodifiable copy keeping the order. */
    static <K, V> Map<K, V> copy(Map<K, V> m) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    /** {@code names[i] -> values[i]}, in order. */
    static Map<String, Double> named(List<String> names, double[] values) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(names.get(i), values[i]);
        }
        return Collections.unmodifiableMap(m);
    }
}
