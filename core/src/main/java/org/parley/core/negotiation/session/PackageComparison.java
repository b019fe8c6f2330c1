package org.parley.core.negotiation.session;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An agreement next to one of the scenario's packages: how far apart their terms are (the mean over issues of
 * {@code |x_d - p_d|} in percent of the scale), each negotiating party's utility of the package, and which
 * parties prefer the agreement and which the package.
 */
public record PackageComparison(String id, String name, double gap, Map<String, Double> utilities,
                                List<String> preferAgreement, List<String> preferPackage) {

    public PackageComparison {
        utilities = Collections.unmodifiableMap(new LinkedHashMap<>(utilities));
        preferAgreement = List.copyOf(preferAgreement);
        preferPackage = List.copyOf(preferPackage);
    }
}
