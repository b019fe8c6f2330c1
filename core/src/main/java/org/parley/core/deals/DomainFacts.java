package org.parley.core.deals;

import java.util.List;
import java.util.Map;

/**
 * What a GENIUS or GeniusWeb domain brings beyond its profiles' utilities: the file format, each party's discount
 * factor, and the Pareto frontier the domain publishes (party to utility per point; null when none is shipped).
 */
public record DomainFacts(String format, Map<String, Double> discountFactors,
                          List<Map<String, Double>> publishedFrontier) {

    public DomainFacts {
        discountFactors = Maps.copy(discountFactors);
        publishedFrontier = publishedFrontier == null ? null
                : publishedFrontier.stream().map(Maps::copy).toList();
    }
}
