package org.parley.core.negotiation.protocol;

import java.util.List;
import java.util.Optional;

/** The protocols Parley knows, by name. */
public final class Protocols {

    private Protocols() {
    }

    /** Every protocol name. */
    public static List<String> names() {
        return List.of("saop", "ao");
    }

    /** The protocol of a name ({@code saop} or {@code ao}). */
    public static Optional<Protocol> byName(String name) {
        return switch (name) {
            case "saop" -> Optional.of(StackedAlternatingOffers.saop());
            case "ao" -> Optional.of(StackedAlternatingOffers.bilateral());
            default -> Optional.empty();
        };
    }
}
