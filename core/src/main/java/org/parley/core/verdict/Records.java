package org.parley.core.verdict;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Copies for the verdict's records: ordered and unmodifiable. */
final class Records {

    private Records() {
    }

    static <K, V> Map<K, V> copy(Map<K, V> m) {
        return m == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
}
