package org.parley.core.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A named candidate agreement: a value for some or all issues. An issue the package leaves out stays at its
 * status quo.
 */
public record Package(String id, String name, String description, Map<String, Double> terms) {

    public Package {
        terms = terms == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(terms));
    }

    /** A copy with other terms. */
    public Package withTerms(Map<String, Double> t) {
        return new Package(id, name, description, t);
    }

    /** The package's display name: its name, or its id when it has none. */
    public String label() {
        return name == null || name.isBlank() ? id : name;
    }
}
