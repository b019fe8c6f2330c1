package org.parley.core.scenario;

import java.util.List;

/**
 * A catastrophe that may strike while there is no deal (damage to a nuclear plant, escalation beyond the theatre):
 * its per-period probability {@code hazard} (0..1), shared by every actor; each actor's loss from it is part of that
 * actor's {@link NoDeal} model.
 */
public record Catastrophe(String id, String name, double hazard, String note, Basis basis, List<String> sources) {

    public Catastrophe {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** The catastrophe's display name: its name, or its id when it has none. */
    public String label() {
        return name == null || name.isBlank() ? id : name;
    }

    /** A copy with another hazard. */
    public Catastrophe withHazard(double h) {
        return new Catastrophe(id, name, h, note, basis, sources);
    }
}
