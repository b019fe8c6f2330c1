package org.parley.core.deals;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small helpers for the ordered, unmodifiable maps of the deal-space records. */
final class Maps {

    private Maps() {
    }

    /** An unmodifiable copy keeping the order; a map {@link #frozen} already is one and is kept as it is. */
    static <K, V> Map<K, V> copy(Map<K, V> m) {
        if (m instanceof Frozen) {
            return m;
        }
        return new Frozen<>(new LinkedHashMap<>(m));
    }

    /**
     * {@code m} made unmodifiable without a copy, for a map its builder hands over and never touches again (the hot
     * path of the package review builds three per package).
     */
    static <K, V> Map<K, V> frozen(LinkedHashMap<K, V> m) {
        return new Frozen<>(m);
    }

    /** An unmodifiable view of a map no one else holds. */
    private static final class Frozen<K, V> extends java.util.AbstractMap<K, V> {
        private final Map<K, V> map;

        Frozen(LinkedHashMap<K, V> map) {
            this.map = Collections.unmodifiableMap(map);
        }

        @Override
        public java.util.Set<Map.Entry<K, V>> entrySet() {
            return map.entrySet();
        }

        @Override
        public V get(Object key) {
            return map.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return map.containsKey(key);
        }

        @Override
        public int size() {
            return map.size();
        }
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
